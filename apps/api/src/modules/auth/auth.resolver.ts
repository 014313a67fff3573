import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { AppConfig } from '../../config/app-config';
import { Employee } from '../people/entities/employee.entity';
import { DEMO_PASSWORD } from '../demo/demo-org';
import { PeopleService } from '../people/people.service';
import { CurrentEmployee } from './auth.decorators';
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

  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.login(email, password, ctx.req.ip);
  }

  @Mutation(() => String, { description: 'A fresh token; call it before the current one expires.' })
  refreshToken(@CurrentEmployee() me: Employee): string {
    return this.auth.refresh(me);
  }

  @Mutation(() => Boolean, { description: 'Ends all your sessions: every token stops working and open sockets close.' })
  async logout(@CurrentEmployee() me: Employee): Promise<boolean> {
    await this.auth.logout(me);
    return true;
  }

  @Mutation(() => String, { description: 'Changes your password, ends your other sessions and returns a new token.' })
  changePassword(
    @CurrentEmployee() me: Employee,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<string> {
    return this.auth.changePassword(me, currentPassword, newPassword);
  }

  @Query(() => [DemoLogin], { description: 'Empty unless the server runs in demo mode.' })
  async demoLogins(): Promise<DemoLogin[]> {
    if (!this.config.demo) return [];
    const employees = await this.people.listDemoLogins();
    return employees.map((e) => ({ email: e.email, name: e.name, title: e.title, password: DEMO_PASSWORD }));
  }
}
