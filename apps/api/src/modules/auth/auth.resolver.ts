import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config';
import { Employee } from '../people/entities/employee.entity';
import { DEMO_PASSWORD } from '../demo/demo-org';
import { PeopleService } from '../people/people.service';
import { Public } from './auth.decorators';
import { AuthService } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => Employee)
  employee: Employee;
}

@ObjectType({ description: 'A demo login, listed on the login page in demo mode only.' })
export class DemoLogin {
  @Field()
  email: string;
  @Field()
  password: string;
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  title: string | null;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.auth.login(email, password);
  }

  @Public()
  @Query(() => [DemoLogin], { description: 'Empty unless the server runs in demo mode.' })
  async demoLogins(): Promise<DemoLogin[]> {
    if (!this.config.demo) return [];
    const employees = await this.people.listDemoLogins();
    return employees.map((e) => ({ email: e.email, name: e.name, title: e.title, password: DEMO_PASSWORD }));
  }
}
