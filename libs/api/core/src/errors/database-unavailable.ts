/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, crashed,
 * refusing connections) rather than anything about the request. Such errors answer 503 with
 * Retry-After everywhere, the access check included: an outage must never look like a bad token.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOENT']);
// SQLSTATE class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now), 53300 (too many connections).
const SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|Connection is not queryable|server closed the connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to/i;

// TypeORM releases a transaction's runner when its connection dies mid-request; the next query then fails so.
const LOST_CONNECTION_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && LOST_CONNECTION_ERRORS.has(name)) return true;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    // TypeORM wraps the driver's error; AggregateError (several addresses refused) carries a list.
    const inner = current as { driverError?: unknown; cause?: unknown; errors?: unknown[] };
    if (Array.isArray(inner.errors) && inner.errors.some((e) => isDatabaseUnavailable(e))) return true;
    current = inner.driverError ?? inner.cause;
  }
  return false;
}

/** Thrown where a check wants to answer 503 itself (health). */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('the database cannot be reached');
    this.name = 'DatabaseUnavailableError';
  }
}
