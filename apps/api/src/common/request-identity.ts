// Who is calling: the signed-in employee the auth guard put on the request, and the marker for
// routes that need none. Every module reads it, so it lives outside any one of them.
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Employee } from '../modules/people/entities/employee.entity';

export const IS_PUBLIC = 'tidings:public';
/**
 * Marks an HTTP route that answers without a signed-in employee. GraphQL root fields take their
 * policy from access-policies.ts instead.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export interface AuthedRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  employee?: Employee;
}

export function requestOf(context: ExecutionContext): AuthedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthedRequest>();
}

/** The signed-in employee (the guard has already refused anonymous calls). */
export const CurrentEmployee = createParamDecorator((_: unknown, context: ExecutionContext) => requestOf(context).employee);

/** What a permission check needs of the caller; lets a module take the caller without people's entity. */
export type Caller = Pick<Employee, 'id' | 'role'>;
