import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../common/errors/app-error';
import { Role } from '../../common/graphql/enums';
import { IS_ADMIN_ONLY, IS_PUBLIC, requestOf } from './auth.decorators';
import { AccessPolicy, policyOf } from './access-policies';
import { AuthService } from './auth.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';

/**
 * Global: root fields follow their policy in access-policies.ts (deny when missing); other
 * resolvers and routes need a valid token unless marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly limits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const policy = this.rootFieldPolicy(context);
    if (policy === 'PUBLIC' || this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    // Field resolvers run once per object: verify the token once per request.
    req.employee ??= await this.auth.verify(AuthService.bearer(req.headers.authorization));
    const adminOnly = policy === 'ADMIN' || this.reflector.getAllAndOverride<boolean>(IS_ADMIN_ONLY, targets);
    if (adminOnly && req.employee.role !== Role.ADMIN) {
      throw AppError.forbidden('Only admins can do that. Ask an admin of your organisation.');
    }
    if (policy) await this.limits.consume(this.isMutation(context) ? 'mutations' : 'queries', req.employee.id);
    return true;
  }

  private isMutation(context: ExecutionContext): boolean {
    return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
  }

  /** Root fields must have a policy (access-policies.ts); one without is refused, not allowed. */
  private rootFieldPolicy(context: ExecutionContext): AccessPolicy | null {
    if (context.getType<string>() !== 'graphql') return null;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const parent = info.parentType.name;
    if (parent !== 'Query' && parent !== 'Mutation') return null;
    const policy = policyOf(parent, info.fieldName);
    if (!policy) throw new Error(`${parent}.${info.fieldName} has no access policy in access-policies.ts`);
    return policy;
  }
}
