import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@ct/contracts';

/** The authenticated caller, as the JWT strategy attaches it to the request after checking the database. */
export interface RequestUser {
  id: string;
  role: Role;
  /** The sign-in session the access token belongs to. */
  sessionId?: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestUser => {
  const request = ctx.switchToHttp().getRequest<{ user: RequestUser }>();
  return request.user;
});
