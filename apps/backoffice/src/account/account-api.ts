import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { fetchUtils } from 'react-admin';
import type { LoginResponse, LoginResult } from '@ct/contracts';
import { API_URL } from '../config';
import { createHttpClient } from '../http-client';
import { session } from '../session';

const httpClient = createHttpClient(session, fetchUtils.fetchJson);

/** A signed-in call to an account route (bearer token, refreshed once on a 401). */
export async function accountCall<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await httpClient(`${API_URL}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return response.json as T;
}

/** The message of a failed call: the API's, else the error's own. */
export function messageOf(error: unknown): string {
  const body = (error as { body?: { message?: unknown } } | null)?.body;
  if (body && typeof body.message === 'string') return body.message;
  return error instanceof Error ? error.message : String(error);
}

export type EnrollResult = { recoveryCodes?: string[] } & Partial<LoginResponse>;

/**
 * Registers a passkey in this browser. `bearer` is an enrollment mfaToken during sign-in; without it the
 * signed-in session is used.
 */
export async function registerPasskey(bearer: string | undefined, name?: string): Promise<EnrollResult> {
  const options = bearer
    ? await session.signInStep<{ challengeId: string; options: Parameters<typeof startRegistration>[0]['optionsJSON'] }>('/auth/passkeys/register/options', {}, bearer)
    : await accountCall<{ challengeId: string; options: Parameters<typeof startRegistration>[0]['optionsJSON'] }>('POST', '/auth/passkeys/register/options', {});
  const response = await startRegistration({ optionsJSON: options.options });
  const body = { challengeId: options.challengeId, response, ...(name ? { name } : {}) };
  return bearer ? session.signInStep<EnrollResult>('/auth/passkeys/register', body, bearer) : accountCall<EnrollResult>('POST', '/auth/passkeys/register', body);
}

/** Proves a passkey as the second factor of the sign-in that `mfaToken` belongs to. */
export async function passkeySecondFactor(mfaToken: string): Promise<LoginResult> {
  const options = await session.signInStep<{ challengeId: string; options: Parameters<typeof startAuthentication>[0]['optionsJSON'] }>('/auth/mfa/passkey/options', { mfaToken });
  const response = await startAuthentication({ optionsJSON: options.options });
  return session.signInStep('/auth/mfa/passkey/verify', { mfaToken, challengeId: options.challengeId, response });
}
