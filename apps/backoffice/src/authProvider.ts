import type { AuthProvider, UserIdentity } from 'react-admin';
import type { AuthSession } from './auth-session';
import { wasRetriedAfterRefresh } from './http-client';
import { UNAVAILABLE_MESSAGE } from './unavailable';
import { takeDeepLink } from './deep-link';

/** Credentials as the login form submits them. */
interface LoginParams {
  email?: string;
  password?: string;
  /** The sign-in page already completed every step (second factor, enrollment) through the session. */
  signedIn?: boolean;
}

/** Message keys (see i18n) used by the auth provider. */
export const AUTH_MESSAGES = {
  forbidden: 'app.auth.forbidden',
  sessionExpired: 'app.auth.session_expired',
  signInFailed: 'ra.auth.sign_in_error',
  throttled: 'app.auth.throttled',
  offline: 'app.auth.offline',
  serverError: 'ra.notification.http_error',
} as const;

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

/**
 * react-admin's auth provider over the session. The API stays the authority on permissions; the
 * role only decides what the UI offers.
 */
export function createAuthProvider(session: AuthSession): AuthProvider {
  return {
    async login({ email, password, signedIn }: LoginParams) {
      const previousUserId = session.previousUserId();
      let user;
      try {
        user = signedIn ? session.getUser() : await session.login(String(email ?? '').trim(), String(password ?? ''));
        if (!user) throw new Error('not signed in');
      } catch (error) {
        // Wrong credentials and an unknown email look the same (the API makes sure of it).
        throw new Error(loginFailureMessage(statusOf(error)));
      }
      // react-admin returns to the page where the last session ended; on a shared computer that is
      // only right for the same person. Anyone else starts at home.
      // Anyone else starts at home, unless they opened a link to a page themselves (kept through sign-in).
      return user.id === previousUserId ? undefined : { redirectTo: takeDeepLink() ?? '/' };
    },

    async logout() {
      await session.logout();
    },

    async checkAuth() {
      if (!session.isSignedIn()) throw { message: false };
    },

    async checkError(error: unknown) {
      const status = statusOf(error);
      if (status === 401) {
        // Refused even with a fresh token: sign out (react-admin then calls logout, which revokes).
        if (wasRetriedAfterRefresh(error)) throw { message: AUTH_MESSAGES.sessionExpired };
        try {
          await session.refresh();
          return;
        } catch (refreshError) {
          // The server or its database is unreachable: that says nothing about the session; keep it.
          const refreshStatus = statusOf(refreshError);
          if (refreshStatus === 0 || (refreshStatus !== undefined && refreshStatus >= 500)) {
            throw { logoutUser: false, message: UNAVAILABLE_MESSAGE };
          }
          session.clear();
          throw { message: AUTH_MESSAGES.sessionExpired };
        }
      }
      if (status === 403) {
        // Signed in, but this role may not do that: say so and stay signed in.
        throw { logoutUser: false, message: AUTH_MESSAGES.forbidden };
      }
    },

    // No session → no permissions (rather than an error, which react-query would retry for seconds
    // before the login page shows); checkAuth sends the visitor to the login page.
    async getPermissions() {
      return session.getUser()?.role ?? null;
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = session.getUser();
      if (!user) throw new Error('Not signed in');
      return { id: user.id, fullName: user.displayName || user.email, email: user.email, role: user.role };
    },
  };
}

function loginFailureMessage(status: number | undefined): string {
  if (status === 0) return AUTH_MESSAGES.offline;
  if (status === 429) return AUTH_MESSAGES.throttled;
  if (status !== undefined && status >= 500) return AUTH_MESSAGES.serverError;
  return AUTH_MESSAGES.signInFailed;
}
