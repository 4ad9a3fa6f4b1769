import type { LoginResponse } from '@ct/contracts';
import { createAuthSession, type FetchLike, type SessionStorageLike } from './auth-session';
import { createAuthProvider } from './authProvider';
import { createHttpClient, type FetchJson } from './http-client';
import { UNAVAILABLE_MESSAGE } from './unavailable';

class MemoryStorage implements SessionStorageLike {
  readonly values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    public body?: unknown,
  ) {
    super(message);
  }
}

const loginBody: LoginResponse = { accessToken: 'access-0', refreshToken: 'refresh-0', user: { id: 'u1', email: 'ada@example.org', role: 'caseworker', displayName: 'Ada' } };
const unavailable = () => new HttpError('the service is briefly unavailable', 503, { statusCode: 503, code: 'UNAVAILABLE', message: 'the service is briefly unavailable' });

/** An auth API whose database is down: every call answers 503. */
function downAuthApi(): FetchLike {
  return async () => new Response(JSON.stringify({ statusCode: 503, code: 'UNAVAILABLE' }), { status: 503, headers: { 'Retry-After': '5' } });
}

function signedInSession(fetch: FetchLike) {
  const storage = new MemoryStorage();
  storage.setItem('ct.session', JSON.stringify(loginBody));
  return { storage, session: createAuthSession({ fetch, storage, apiUrl: '/api' }) };
}

describe('back office while the API answers 503', () => {
  it('retries a save through a short outage and returns its result, staying signed in', async () => {
    const { session } = signedInSession(downAuthApi());
    const bodies: unknown[] = [];
    let calls = 0;
    const fetchJson: FetchJson = async (_url, options) => {
      bodies.push(options?.body);
      if (++calls < 3) throw unavailable();
      return { status: 200, headers: new Headers(), body: '{"id":"c1"}', json: { id: 'c1' } };
    };
    const http = createHttpClient(session, fetchJson, [1, 1, 1]);
    const res = await http('/api/clients/c1', { method: 'PUT', body: '{"firstName":"Unsaved"}' });
    expect(res.json).toEqual({ id: 'c1' });
    expect(bodies).toEqual(['{"firstName":"Unsaved"}', '{"firstName":"Unsaved"}', '{"firstName":"Unsaved"}']);
    expect(session.isSignedIn()).toBe(true);
  });

  it('gives up after the retries with the "unavailable" message, keeps the session, and react-admin does not sign out', async () => {
    const { session } = signedInSession(downAuthApi());
    const authProvider = createAuthProvider(session);
    const http = createHttpClient(session, async () => Promise.reject(unavailable()), [1, 1]);
    const error = await http('/api/clients', { method: 'POST', body: '{}' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, message: UNAVAILABLE_MESSAGE });
    await expect(authProvider.checkError(error)).resolves.toBeUndefined();
    expect(session.isSignedIn()).toBe(true);
  });

  it('keeps the session when the token expired during the outage and the refresh answers 503', async () => {
    const { session, storage } = signedInSession(downAuthApi());
    const authProvider = createAuthProvider(session);
    const http = createHttpClient(session, async () => Promise.reject(new HttpError('Unauthorized', 401, { statusCode: 401 })), [1]);
    const error = await http('/api/clients').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    await expect(authProvider.checkError(error)).resolves.toBeUndefined();
    // A 401 reaching react-admin while the refresh cannot get through: stay signed in, say why.
    await expect(authProvider.checkError(new HttpError('Unauthorized', 401))).rejects.toEqual({ logoutUser: false, message: UNAVAILABLE_MESSAGE });
    expect(session.isSignedIn()).toBe(true);
    expect(storage.getItem('ct.session')).not.toBeNull();
  });
});
