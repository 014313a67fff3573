import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../../common/errors/app-error';
import { Role } from '../../common/graphql/enums';
import { IS_ADMIN_ONLY, IS_PUBLIC, requestOf } from './auth.decorators';
import { AuthService } from './auth.service';

/** Global: every resolver and route needs a valid token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    // Field resolvers run once per object: verify the token once per request.
    req.employee ??= await this.auth.verify(AuthService.bearer(req.headers.authorization));
    if (this.reflector.getAllAndOverride<boolean>(IS_ADMIN_ONLY, targets) && req.employee.role !== Role.ADMIN) {
      throw AppError.forbidden('Only admins can do that. Ask an admin of your organisation.');
    }
    return true;
  }
}
