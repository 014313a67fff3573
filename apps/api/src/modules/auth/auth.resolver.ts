import { Args, Context, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { Employee } from '../people/entities/employee.entity';
import { CurrentEmployee } from '../../common/request-identity';
import { AuthService } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => Employee)
  employee: Employee;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
}
