import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the current request came from, for the audit trail: set once per request, read anywhere below it. */
export interface RequestContext {
  address: string | null;
  userAgent: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (the rest of the request) with this context; a Fastify onRequest hook calls it. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** A user agent is free text the client writes: keep it short and printable. */
export function clipUserAgent(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 256) || null;
}
