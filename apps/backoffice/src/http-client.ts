import type { AuthSession } from './auth-session';
import { RETRY_DELAYS_MS, isUnavailable, retryWhileUnavailable } from './unavailable';

/** What react-admin's `fetchUtils.fetchJson` resolves to. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- shape depends on the resource
}

export type FetchJson = (url: string, options?: RequestInit) => Promise<JsonResponse>;

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

function withBearer(headers: HeadersInit | undefined, token: string | null): Headers {
  const result = new Headers(headers);
  if (!result.has('Accept')) result.set('Accept', 'application/json');
  if (token) result.set('Authorization', `Bearer ${token}`);
  else result.delete('Authorization');
  return result;
}

// react-admin's encoding of a `{message, args}` validation error in react-hook-form's string slot.
const RA_ERROR_PREFIX = '@@react-admin@@';

/**
 * The API names the offending field of a 400/409 (`{code, message, field}`); react-admin shows
 * `body.errors` next to the inputs of a form. The message becomes the key `app.api_errors.<code>.<field>`
 * when a translation exists, and the API's own (English) message otherwise.
 */
function withFieldErrors(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('body' in error)) return error;
  const body = (error as { body?: unknown }).body;
  if (typeof body !== 'object' || body === null) return error;
  const { field, message, code, errors } = body as { field?: unknown; message?: unknown; code?: unknown; errors?: unknown };
  // A stale version is no input's fault: say so in the notification rather than mark an invisible field.
  if (code === 'STALE_VERSION' && error instanceof Error) {
    error.message = 'app.api_errors.STALE_VERSION';
    return error;
  }
  if (typeof field === 'string' && typeof message === 'string' && errors === undefined) {
    const key = typeof code === 'string' ? `app.api_errors.${code}.${field}` : message;
    const fieldError = `${RA_ERROR_PREFIX}${JSON.stringify({ message: key, args: { _: message } })}`;
    (error as { body: unknown }).body = { ...body, errors: { [field]: fieldError } };
  }
  return error;
}

const retriedAfterRefresh = new WeakSet<object>();

/** True for an error of a request already retried with a fresh token: refreshing again cannot help. */
export const wasRetriedAfterRefresh = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && retriedAfterRefresh.has(error);

/** Raised without a request when there is no session: every resource route needs a token. */
export class NotSignedInError extends Error {
  readonly status = 401;
  readonly body = undefined;
  constructor() {
    super('ra.notification.logged_out');
    this.name = 'NotSignedInError';
  }
}

/**
 * Wraps `fetchJson`: adds the bearer token and, on a 401, refreshes the pair once (shared with any
 * parallel request) and retries. A second 401 goes to react-admin, whose `checkError` signs out.
 * A 503 (database briefly down) is retried with pauses and never signs out.
 */
export function createHttpClient(session: AuthSession, fetchJson: FetchJson, retryDelays: readonly number[] = RETRY_DELAYS_MS): FetchJson {
  return async (url, options = {}) => {
    const send = (token: string | null) =>
      retryWhileUnavailable((options.method ?? 'GET').toUpperCase(), () => fetchJson(url, { ...options, headers: withBearer(options.headers, token) }), retryDelays);

    const usedToken = session.getAccessToken();
    // Queries still mounted while signing out would otherwise hit the API without a token.
    if (!usedToken) throw new NotSignedInError();
    try {
      return await send(usedToken);
    } catch (error) {
      if (statusOf(error) !== 401 || !session.isSignedIn()) throw withFieldErrors(error);
      let freshToken: string;
      try {
        freshToken = await session.refreshAfterUnauthorized(usedToken);
      } catch (refreshError) {
        // The API is down, not the session: say so and keep the user signed in.
        if (isUnavailable(refreshError)) throw refreshError;
        throw error;
      }
      try {
        return await send(freshToken);
      } catch (retryError) {
        if (statusOf(retryError) === 401 && typeof retryError === 'object' && retryError !== null) {
          retriedAfterRefresh.add(retryError);
        }
        throw withFieldErrors(retryError);
      }
    }
  };
}
