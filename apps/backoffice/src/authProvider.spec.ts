import type { LoginResponse } from '@ct/contracts';
import { createAuthSession, type FetchLike, type SessionStorageLike } from './auth-session';
import { createAuthProvider } from './authProvider';
import { createHttpClient, type FetchJson, type JsonResponse } from './http-client';

class MemoryStorage implements SessionStorageLike {
  readonly values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const loginBody: LoginResponse = {
  accessToken: 'access-0',
  refreshToken: 'refresh-0',
  user: { id: 'u1', email: 'ada@example.org', role: 'admin', displayName: 'Ada' },
};

/** A fake auth API: rotates pairs, refuses a reused refresh token, and answers slowly enough to overlap. */
function fakeAuthApi() {
  const calls: Array<{ path: string; body: Record<string, string> }> = [];
  let generation = 0;
  let revoked = false;
  const spent = new Set<string>();
  const fetch: FetchLike = async (input, init) => {
    const path = input.replace(/^\/api/, '');
    const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, string>;
    calls.push({ path, body });
    await new Promise((resolve) => setTimeout(resolve, 5));
    switch (path) {
      case '/auth/login':
        return body.password === 'correct horse battery' ? json(200, loginBody) : json(401, { message: 'Invalid credentials' });
      case '/auth/refresh': {
        if (revoked || body.refreshToken !== `refresh-${generation}` || spent.has(body.refreshToken)) {
          return json(401, { message: 'Refresh token refused' });
        }
        spent.add(body.refreshToken);
        generation += 1;
        return json(200, { accessToken: `access-${generation}`, refreshToken: `refresh-${generation}` });
      }
      case '/auth/logout':
        return new Response(null, { status: 204 });
      default:
        return json(404, { message: 'Not found' });
    }
  };
  const revokeAll = () => {
    revoked = true;
  };
  return { fetch, calls, revokeAll, refreshCalls: () => calls.filter((c) => c.path === '/auth/refresh').length };
}

async function signedIn() {
  const api = fakeAuthApi();
  const storage = new MemoryStorage();
  const session = createAuthSession({ fetch: api.fetch, storage, apiUrl: '/api' });
  const authProvider = createAuthProvider(session);
  await authProvider.login({ email: ' ada@example.org ', password: 'correct horse battery' });
  return { api, storage, session, authProvider };
}

class FakeHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    public body?: unknown,
  ) {
    super(message);
  }
}

/** A resource API that accepts only the given access token, like fetchUtils.fetchJson rejecting non-2xx. */
function resourceApi(validToken: () => string | null) {
  const seen: Array<string | null> = [];
  const fetchJson: FetchJson = async (_url, options) => {
    const auth = new Headers(options?.headers).get('Authorization');
    seen.push(auth);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (auth !== `Bearer ${validToken()}`) throw new FakeHttpError('Unauthorized', 401, { statusCode: 401 });
    return { status: 200, headers: new Headers(), body: '[]', json: [] } satisfies JsonResponse;
  };
  return { fetchJson, seen };
}

describe('auth provider', () => {
  it('signs in with a trimmed email, keeps the pair in session storage and reports role and identity', async () => {
    const { api, storage, authProvider } = await signedIn();
    expect(api.calls[0]).toEqual({ path: '/auth/login', body: { email: 'ada@example.org', password: 'correct horse battery' } });
    expect(JSON.parse(storage.getItem('ct.session') ?? '{}')).toMatchObject({ accessToken: 'access-0', refreshToken: 'refresh-0' });
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    await expect(authProvider.getPermissions?.({})).resolves.toBe('admin');
    await expect(authProvider.getIdentity?.()).resolves.toMatchObject({ id: 'u1', fullName: 'Ada' });
  });

  it('falls back to the email when the user has no display name', async () => {
    const api = fakeAuthApi();
    const storage = new MemoryStorage();
    storage.setItem('ct.session', JSON.stringify({ ...loginBody, user: { ...loginBody.user, displayName: null } }));
    const authProvider = createAuthProvider(createAuthSession({ fetch: api.fetch, storage, apiUrl: '/api' }));
    await expect(authProvider.getIdentity?.()).resolves.toMatchObject({ fullName: 'ada@example.org' });
  });

  it('rejects wrong credentials with the generic sign-in message and stores nothing', async () => {
    const api = fakeAuthApi();
    const storage = new MemoryStorage();
    const authProvider = createAuthProvider(createAuthSession({ fetch: api.fetch, storage, apiUrl: '/api' }));
    await expect(authProvider.login({ email: 'ada@example.org', password: 'nope' })).rejects.toThrow('ra.auth.sign_in_error');
    expect(storage.values.size).toBe(0);
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('shares one refresh between concurrent callers, so the single-use token is spent once', async () => {
    const { api, session } = await signedIn();
    const tokens = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(tokens).toEqual(['access-1', 'access-1', 'access-1']);
    expect(api.refreshCalls()).toBe(1);
    // A later refresh uses the rotated token.
    await expect(session.refresh()).resolves.toBe('access-2');
    expect(api.refreshCalls()).toBe(2);
  });

  it('checkError: a 401 refreshes and stays signed in; a refused refresh signs out', async () => {
    const { api, session, authProvider } = await signedIn();
    await expect(authProvider.checkError({ status: 401 })).resolves.toBeUndefined();
    expect(session.getAccessToken()).toBe('access-1');

    // The admin disabled the user (or the token family was revoked): the API refuses, the session is forgotten.
    api.revokeAll();
    await expect(authProvider.checkError({ status: 401 })).rejects.toEqual({ message: 'app.auth.session_expired' });
    await expect(authProvider.checkAuth({})).rejects.toBeDefined();
    expect(api.refreshCalls()).toBe(2);
  });

  it('checkError: a 403 keeps the user signed in and explains; other errors pass', async () => {
    const { session, authProvider } = await signedIn();
    await expect(authProvider.checkError({ status: 403 })).rejects.toEqual({ logoutUser: false, message: 'app.auth.forbidden' });
    await expect(authProvider.checkError({ status: 404 })).resolves.toBeUndefined();
    await expect(authProvider.checkError({ status: 500 })).resolves.toBeUndefined();
    expect(session.isSignedIn()).toBe(true);
  });

  it('after sign-out, the same user returns to their last page and anyone else starts at home', async () => {
    const { authProvider } = await signedIn();
    await authProvider.logout({});
    await expect(authProvider.login({ email: 'ada@example.org', password: 'correct horse battery' })).resolves.toBeUndefined();

    const api = fakeAuthApi();
    const fresh = createAuthProvider(createAuthSession({ fetch: api.fetch, storage: new MemoryStorage(), apiUrl: '/api' }));
    await expect(fresh.login({ email: 'ada@example.org', password: 'correct horse battery' })).resolves.toEqual({ redirectTo: '/' });
  });

  it('logout revokes the refresh token on the server and forgets the session', async () => {
    const { api, storage, authProvider } = await signedIn();
    await authProvider.logout({});
    expect(api.calls.at(-1)).toEqual({ path: '/auth/logout', body: { refreshToken: 'refresh-0' } });
    expect(storage.values.size).toBe(0);
    await expect(authProvider.getPermissions?.({})).resolves.toBeNull();
  });
});

describe('http client', () => {
  it('adds the bearer token', async () => {
    const { session } = await signedIn();
    const api = resourceApi(() => 'access-0');
    const client = createHttpClient(session, api.fetchJson);
    await client('/api/users');
    expect(api.seen).toEqual(['Bearer access-0']);
  });

  it('on parallel 401s refreshes once and retries each request with the new token', async () => {
    const { api: auth, session } = await signedIn();
    const api = resourceApi(() => 'access-1'); // access-0 has expired
    const client = createHttpClient(session, api.fetchJson);
    await Promise.all([client('/api/users'), client('/api/users/1'), client('/api/users/2')]);
    expect(auth.refreshCalls()).toBe(1);
    expect(api.seen.filter((h) => h === 'Bearer access-1')).toHaveLength(3);
  });

  it('does not spend the refresh token again when another request already rotated the pair', async () => {
    const { api: auth, session } = await signedIn();
    const api = resourceApi(() => 'access-1');
    const client = createHttpClient(session, api.fetchJson);
    await client('/api/a'); // 401 → refresh → access-1
    expect(auth.refreshCalls()).toBe(1);
    // A request that was sent with the old token and answered 401 late:
    await expect(session.refreshAfterUnauthorized('access-0')).resolves.toBe('access-1');
    expect(auth.refreshCalls()).toBe(1);
  });

  it('gives up after one refresh and passes the 401 on (react-admin then calls checkError)', async () => {
    const { api: auth, session } = await signedIn();
    const api = resourceApi(() => 'never valid');
    const client = createHttpClient(session, api.fetchJson);
    const error = await client('/api/users').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(auth.refreshCalls()).toBe(1);
    expect(api.seen).toEqual(['Bearer access-0', 'Bearer access-1']);
    // checkError signs out without spending yet another refresh token.
    await expect(createAuthProvider(session).checkError(error)).rejects.toEqual({ message: 'app.auth.session_expired' });
    expect(auth.refreshCalls()).toBe(1);
  });

  it('sends nothing without a session', async () => {
    const { session } = await signedIn();
    session.clear();
    const api = resourceApi(() => 'access-0');
    await expect(createHttpClient(session, api.fetchJson)('/api/users')).rejects.toMatchObject({ status: 401 });
    expect(api.seen).toEqual([]);
  });

  it('maps the API field error to react-admin form errors', async () => {
    const { session } = await signedIn();
    const fetchJson: FetchJson = async () => {
      throw new FakeHttpError('email already in use', 409, { statusCode: 409, code: 'EMAIL_TAKEN', message: 'email already in use', field: 'email' });
    };
    const client = createHttpClient(session, fetchJson);
    const error = await client('/api/users', { method: 'POST' }).catch((e: FakeHttpError) => e);
    expect(error).toMatchObject({ status: 409, body: { code: 'EMAIL_TAKEN', field: 'email' } });
    const fieldError = String((error as { body: { errors: { email: string } } }).body.errors.email);
    // react-admin's `{message, args}` encoding: a translation key with the API message as fallback.
    expect(JSON.parse(fieldError.replace('@@react-admin@@', ''))).toEqual({
      message: 'app.api_errors.EMAIL_TAKEN.email',
      args: { _: 'email already in use' },
    });
  });
});
