/**
 * While the API answers 503 (its database is briefly unreachable) the back office waits and tries again
 * instead of failing: the session stays, and a form being saved keeps its values until the save goes
 * through or the retries run out (then a notification says so and the form is still there).
 */
export const UNAVAILABLE_MESSAGE = 'app.api_errors.UNAVAILABLE';

/** Pauses between attempts (ms): about 20 s in all, longer than a database restart. */
export const RETRY_DELAYS_MS = [500, 1000, 2000, 3000, 5000, 5000, 5000];

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;

/** A 503, or for a read a network failure (the API restarting). */
function retryable(error: unknown, method: string): boolean {
  const status = statusOf(error);
  if (status === 503) return true;
  return status === undefined && error instanceof TypeError && (method === 'GET' || method === 'HEAD');
}

export function isUnavailable(error: unknown): boolean {
  return statusOf(error) === 503;
}

export async function retryWhileUnavailable<T>(
  method: string,
  send: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!retryable(error, method) || attempt >= delays.length) {
        if (isUnavailable(error) && error instanceof Error) error.message = UNAVAILABLE_MESSAGE;
        throw error;
      }
      await sleep(delays[attempt]);
    }
  }
}
