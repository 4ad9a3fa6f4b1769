import type { AuthUser, LoginResponse, LoginResult, TokenPair } from '@ct/contracts';

/**
 * The signed-in session: tokens and user kept in sessionStorage (a shared office computer must not
 * keep a session after the browser closes), and a single-flight refresh, because each refresh token
 * works once: two parallel requests that both hit a 401 must not present the same refresh token twice
 * (the API would treat the second use as theft and revoke the whole family).
 *
 * Plain module, no React: unit-tested with a fake fetch and an in-memory storage.
 */

/** The part of the Storage API used here (sessionStorage in the browser). */
export interface SessionStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface AuthSessionOptions {
  fetch: FetchLike;
  storage: SessionStorageLike;
  /** Prefix of the API routes, `/api` in the browser. */
  apiUrl: string;
}

/** A failed call to an auth route, with the HTTP status (0 for a network failure). */
export class AuthRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AuthRequestError';
  }
}

const KEY = 'ct.session';

interface StoredSession extends TokenPair {
  user: AuthUser;
}

export interface AuthSession {
  login(email: string, password: string): Promise<AuthUser>;
  /**
   * A step of a sign-in (password, second factor, enrollment, invitation): POSTs `body` to `path`, with
   * `bearer` (an mfaToken) when given. An answer carrying tokens is kept as the session.
   */
  signInStep<T = LoginResult>(path: string, body: unknown, bearer?: string): Promise<T>;
  /** Revokes the refresh token on the server (best effort) and forgets the session. */
  logout(): Promise<void>;
  /** Rotates the token pair; concurrent callers share one request. Rejects (and forgets the session) when refused. */
  refresh(): Promise<string>;
  /**
   * For a request that got a 401 with `usedToken`: when another request already rotated the pair,
   * the current access token is returned without spending the refresh token again.
   */
  refreshAfterUnauthorized(usedToken: string | null): Promise<string>;
  getAccessToken(): string | null;
  getUser(): AuthUser | null;
  isSignedIn(): boolean;
  clear(): void;
  /** Id of the user whose session ended last in this page (memory only), to tell a returning user from another. */
  previousUserId(): string | null;
}

export function createAuthSession({ fetch, storage, apiUrl }: AuthSessionOptions): AuthSession {
  let inFlightRefresh: Promise<string> | null = null;
  let previousUserId: string | null = null;

  const read = (): StoredSession | null => {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredSession>;
      return parsed.accessToken && parsed.refreshToken && parsed.user ? (parsed as StoredSession) : null;
    } catch {
      return null;
    }
  };
  const write = (session: StoredSession) => storage.setItem(KEY, JSON.stringify(session));
  const clear = () => {
    previousUserId = read()?.user.id ?? previousUserId;
    storage.removeItem(KEY);
  };

  const post = async (path: string, body: unknown, bearer?: string): Promise<Response> => {
    try {
      return await fetch(`${apiUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new AuthRequestError(error instanceof Error ? error.message : 'Network error', 0);
    }
  };

  const errorFrom = async (response: Response, fallback: string): Promise<AuthRequestError> => {
    let message = fallback;
    try {
      const body = (await response.json()) as { message?: unknown };
      if (typeof body?.message === 'string') message = body.message;
    } catch {
      // not JSON: keep the fallback message
    }
    return new AuthRequestError(message, response.status);
  };

  const doRefresh = async (): Promise<string> => {
    const current = read();
    if (!current) throw new AuthRequestError('Not signed in', 401);
    const response = await post('/auth/refresh', { refreshToken: current.refreshToken });
    if (!response.ok) {
      const error = await errorFrom(response, 'Session expired');
      // A refused refresh token cannot be retried; keep the session only for transient failures.
      if (response.status < 500 && response.status !== 429) clear();
      throw error;
    }
    const pair = (await response.json()) as Partial<LoginResponse>;
    if (!pair.accessToken || !pair.refreshToken) throw new AuthRequestError('Malformed refresh response', 502);
    // The API may or may not repeat the user; keep the one from login when it does not.
    write({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user ?? current.user });
    return pair.accessToken;
  };

  const refresh = (): Promise<string> => {
    if (!inFlightRefresh) {
      inFlightRefresh = doRefresh().finally(() => {
        inFlightRefresh = null;
      });
    }
    return inFlightRefresh;
  };

  return {
    async login(email, password) {
      const response = await post('/auth/login', { email, password });
      if (!response.ok) throw await errorFrom(response, 'Sign-in failed');
      const body = (await response.json()) as LoginResponse;
      write({ accessToken: body.accessToken, refreshToken: body.refreshToken, user: body.user });
      return body.user;
    },

    async signInStep<T>(path: string, body: unknown, bearer?: string): Promise<T> {
      const response = await post(path, body, bearer);
      if (!response.ok) throw await errorFrom(response, 'Sign-in failed');
      const answer = (await response.json()) as T & Partial<LoginResponse>;
      if (answer.accessToken && answer.refreshToken && answer.user) {
        write({ accessToken: answer.accessToken, refreshToken: answer.refreshToken, user: answer.user });
      }
      return answer;
    },

    async logout() {
      const current = read();
      clear();
      if (!current) return;
      try {
        await post('/auth/logout', { refreshToken: current.refreshToken });
      } catch {
        // Offline: the token is forgotten here and expires on the server.
      }
    },

    refresh,

    refreshAfterUnauthorized(usedToken) {
      if (inFlightRefresh) return inFlightRefresh;
      const current = read();
      if (current && usedToken && current.accessToken !== usedToken) return Promise.resolve(current.accessToken);
      return refresh();
    },

    getAccessToken: () => read()?.accessToken ?? null,
    getUser: () => read()?.user ?? null,
    isSignedIn: () => read() !== null,
    clear,
    previousUserId: () => previousUserId,
  };
}
