import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config';
import { PeopleService } from '../people/people.service';
import { DEMO_PASSWORD } from './demo-org';

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
export class DemoLoginsResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => [DemoLogin], { description: 'Empty unless the server runs in demo mode.' })
  async demoLogins(): Promise<DemoLogin[]> {
    if (!this.config.demo) return [];
    const employees = await this.people.listDemoLogins();
    return employees.map((e) => ({ email: e.email, name: e.name, title: e.title, password: DEMO_PASSWORD }));
  }
}
