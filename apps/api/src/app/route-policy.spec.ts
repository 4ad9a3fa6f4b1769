import 'reflect-metadata';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type Type } from '@nestjs/common';
import { PUBLIC_KEY, ROLES_KEY, type AppConfig } from '@ct/api-core';
import { AppModule } from './app.module';

type ModuleLike = Type<unknown> | { module: Type<unknown>; imports?: unknown[]; controllers?: Type<unknown>[] } | Promise<unknown> | undefined;

/** Walks the module tree from AppModule and returns every controller class it mounts. */
function collectControllers(root: ModuleLike, seen = new Set<unknown>(), found = new Set<Type<unknown>>()): Set<Type<unknown>> {
  if (!root || seen.has(root) || root instanceof Promise) return found;
  seen.add(root);
  const dynamic = typeof root === 'object' && 'module' in root ? root : undefined;
  const moduleClass = dynamic ? dynamic.module : (root as Type<unknown>);
  const controllers: Type<unknown>[] = [...(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) ?? []), ...(dynamic?.controllers ?? [])];
  controllers.forEach((c) => found.add(c));
  const imports: ModuleLike[] = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) ?? []), ...((dynamic?.imports as ModuleLike[]) ?? [])];
  imports.forEach((m) => collectControllers(m, seen, found));
  return found;
}

function routesOf(controller: Type<unknown>) {
  const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
  return Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => ({ name, handler: controller.prototype[name] as object }))
    .filter(({ handler }) => Reflect.getMetadata(PATH_METADATA, handler) !== undefined)
    .map(({ name, handler }) => ({
      route: `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} /api/${[base, Reflect.getMetadata(PATH_METADATA, handler)].filter((p) => p && p !== '/').join('/')}`,
      where: `${controller.name}.${name}`,
      roles: (Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller)) as string[] | undefined,
      isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller)),
    }));
}

describe('every route has a role policy (deny by default)', () => {
  const config = { embedded: true } as AppConfig;
  const routes = [...collectControllers(AppModule.forRoot(config, 'postgresql://unused'))].flatMap(routesOf);

  it('finds the routes of every feature module', () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s declares @Roles or @Public', (_route, r) => {
    expect(r.isPublic || (r.roles?.length ?? 0) > 0).toBe(true);
  });

  it('opens exactly the contract\'s public routes', () => {
    expect(routes.filter((r) => r.isPublic).map((r) => r.route).sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/auth/options',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/auth/refresh',
        // the second-factor step (they check the mfaToken, or for enrollment an access token, themselves)
        'POST /api/auth/mfa/verify',
        'POST /api/auth/mfa/totp/setup',
        'POST /api/auth/mfa/totp/confirm',
        'POST /api/auth/mfa/passkey/options',
        'POST /api/auth/mfa/passkey/verify',
        'POST /api/auth/passkeys/register/options',
        'POST /api/auth/passkeys/register',
        // passwordless sign-in with a passkey, and the invitation link
        'POST /api/auth/passkeys/login/options',
        'POST /api/auth/passkeys/login',
        'POST /api/auth/invitation/accept',
        // the calendar feed (contract: Operations): calendar programs cannot sign in, its secret token is in the path
        'GET /api/calendar/feed/:file',
      ].sort(),
    );
  });
});
