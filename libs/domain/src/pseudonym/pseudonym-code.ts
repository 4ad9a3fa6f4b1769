import { createHmac } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is hard to garble. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 bytes = 128 bits: shorter keys make guessing the secret from known id/code pairs thinkable. */
export const MIN_SECRET_BYTES = 16;
export const DEFAULT_PSEUDONYM_PREFIX = 'HR';

export type PseudonymErrorCode = 'SECRET_TOO_SHORT' | 'INVALID_ID' | 'INVALID_PREFIX';

export class PseudonymError extends Error {
  constructor(
    readonly code: PseudonymErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PseudonymError';
  }
}

export interface PseudonymOptions {
  /** 2–4 capital letters naming the kind of record ('HR' = housing request). */
  prefix?: string;
}

/**
 * The pseudonymous code volunteers see instead of a housing request's id, e.g. 'HR-7KQ2-M9XD'.
 *
 * HMAC-SHA256(secret, "<prefix>:<lower-cased id>"), first 40 bits, in Crockford base32 (8 characters).
 * - Stable: the same id and secret always give the same code, so it can be recomputed, not stored.
 * - Unlinkable: without the secret the code reveals nothing about the id, nor links it to the client or
 *   to codes under another secret or prefix (the prefix is part of the message).
 * - 40 bits: about a 1 in 20,000 chance of any collision among 10,000 requests (n²/2⁴¹); keep a unique index
 *   on the stored code anyway.
 * Ids compare case-insensitively, as UUIDs do.
 */
export function pseudonymCode(requestId: string, secret: string | Uint8Array, options: PseudonymOptions = {}): string {
  const prefix = options.prefix ?? DEFAULT_PSEUDONYM_PREFIX;
  if (!/^[A-Z]{2,4}$/.test(prefix)) {
    throw new PseudonymError('INVALID_PREFIX', 'prefix must be 2 to 4 capital letters');
  }
  if (typeof requestId !== 'string' || requestId.trim() === '') {
    throw new PseudonymError('INVALID_ID', 'a record id is required');
  }
  const secretBytes = typeof secret === 'string' ? Buffer.byteLength(secret, 'utf8') : secret.byteLength;
  if (secretBytes < MIN_SECRET_BYTES) {
    throw new PseudonymError('SECRET_TOO_SHORT', `the pseudonym secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  const digest = createHmac('sha256', secret).update(`${prefix}:${requestId.toLowerCase()}`, 'utf8').digest();
  const body = base32Of40Bits(digest);
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/**
 * Canonical form of a code typed by a person, or null if it cannot be one: case, spaces and dashes
 * do not matter, and the look-alikes Crockford allows for are mapped (I, L → 1; O → 0).
 * 'hr 7kq2 m9xd' → 'HR-7KQ2-M9XD'.
 */
export function parsePseudonymCode(input: string, prefix = DEFAULT_PSEUDONYM_PREFIX): string | null {
  if (typeof input !== 'string') return null;
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!compact.startsWith(prefix)) return null;
  const body = compact.slice(prefix.length).replace(/[IL]/g, '1').replace(/O/g, '0');
  if (body.length !== 8 || [...body].some((c) => !CROCKFORD.includes(c))) return null;
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

// 5 bytes = 40 bits = exactly 8 base32 digits, so no padding and no bias.
function base32Of40Bits(bytes: Uint8Array): string {
  let value = 0n;
  for (let i = 0; i < 5; i++) value = (value << 8n) | BigInt(bytes[i]);
  let out = '';
  for (let shift = 35n; shift >= 0n; shift -= 5n) out += CROCKFORD[Number((value >> shift) & 31n)];
  return out;
}
