import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Employee } from '../people/entities/employee.entity';

export const IS_PUBLIC = 'tidings:public';
/** Marks a resolver or route that answers without a signed-in employee. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const IS_ADMIN_ONLY = 'tidings:admin-only';
/** Marks a resolver only admins may call (FORBIDDEN for members). */
export const AdminOnly = () => SetMetadata(IS_ADMIN_ONLY, true);

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
