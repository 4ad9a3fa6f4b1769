import { type ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@ct/contracts';
import { PUBLIC_KEY, ROLES_KEY, type RequestUser, isDatabaseUnavailable } from '@ct/api-core';

/**
 * The one global guard. Deny by default: a route is open only with `@Public()`, and otherwise needs a
 * valid access token (401) and a role listed by `@Roles()` (403). A route with neither is refused.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) {
      this.logger.error(`route without a role policy refused: ${context.getClass().name}.${context.getHandler().name}`);
      throw new ForbiddenException();
    }
    const user = context.switchToHttp().getRequest<{ user: RequestUser }>().user;
    if (!roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }

  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    // An outage is not a bad token: let it reach the filter, which answers 503 with Retry-After. Nor is any
    // other error of the session check a failed sign-in: never turn it into 401.
    if (isDatabaseUnavailable(err)) throw err;
    if (err && !(err instanceof UnauthorizedException)) throw err;
    if (err || !user) throw new UnauthorizedException();
    return user;
  }
}
