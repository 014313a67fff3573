import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../common/errors/app-error';
import { Role } from '../../common/graphql/enums';
import { IS_PUBLIC, requestOf } from '../../common/request-identity';
import { AccessPolicy, policyOf } from './access-policies';
import { AuthService } from './auth.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';

/**
 * Global: GraphQL root fields follow their policy in access-policies.ts (deny when missing), and
 * spend the caller's rate budget; HTTP routes need a valid token unless marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly limits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const root = this.rootField(context);
    if (root?.policy === 'PUBLIC') return true;
    if (!root && this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = requestOf(context);
    // Field resolvers run once per object: verify the token once per request.
    req.employee ??= await this.auth.verify(AuthService.bearer(req.headers.authorization));
    if (root?.policy === 'ADMIN' && req.employee.role !== Role.ADMIN) {
      throw AppError.forbidden('Only admins can do that. Ask an admin of your organisation.');
    }
    if (root) await this.limits.consume(root.type === 'Mutation' ? 'mutations' : 'queries', req.employee.id);
    return true;
  }

  /** A GraphQL root field and its policy (access-policies.ts); one without a policy is refused. */
  private rootField(context: ExecutionContext): { type: 'Query' | 'Mutation'; policy: AccessPolicy } | null {
    if (context.getType<string>() !== 'graphql') return null;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const type = info.parentType.name;
    if (type !== 'Query' && type !== 'Mutation') return null;
    const policy = policyOf(type, info.fieldName);
    if (!policy) throw new Error(`${type}.${info.fieldName} has no access policy in access-policies.ts`);
    return { type, policy };
  }
}
