import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Employee } from '../people/entities/employee.entity';

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
