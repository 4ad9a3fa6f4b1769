import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { Role } from '@ct/contracts';

export const ROLES_KEY = 'ct:roles';
export const PUBLIC_KEY = 'ct:public';

/**
 * The roles that may call a route. Every route must carry either `@Roles(...)` or `@Public()`:
 * the global guard refuses anything else (deny by default), and a test lists every route to prove it.
 * `admin` is never implied: list it where admins may act.
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles));

/** Marks a route as open to anyone, authenticated or not (health, login, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
