import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The audit trail is a hash chain: event n's hash is SHA-256 over a canonical encoding of its fields,
 * its sequence number and event n-1's hash. Altering, removing or inserting an event breaks every later
 * link; a keyed checkpoint of the head (HMAC with a key only the app holds) also exposes an owner who
 * recomputes the whole chain.
 *
 * The one list of hashed fields (entity property names). A field added here must be set on the `row`
 * AuditService.record inserts; fields that are null are left out of the encoding, so adding a column
 * keeps the hashes of older events (where it is null) valid.
 */
export const AUDIT_HASHED_FIELDS = ['id', 'createdAt', 'actorId', 'actorRole', 'action', 'resource', 'recordId', 'details', 'address', 'userAgent'] as const;

export type HashedField = (typeof AUDIT_HASHED_FIELDS)[number];
export const GENESIS_HASH = '0'.repeat(64);
const VERSION = 'ct-audit-v1';

/** Dates as ISO instants, objects with sorted keys, so the same event always encodes the same way. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

export function encodeEvent(seq: string | number | bigint, prevHash: string, event: Partial<Record<HashedField, unknown>>): string {
  const fields = AUDIT_HASHED_FIELDS.filter((f) => event[f] !== null && event[f] !== undefined).map((f) => [f, canonical(event[f])]);
  return JSON.stringify([VERSION, String(seq), prevHash, fields]);
}

export function chainHash(seq: string | number | bigint, prevHash: string, event: Partial<Record<HashedField, unknown>>): string {
  return createHash('sha256').update(encodeEvent(seq, prevHash, event)).digest('hex');
}

/** A signed statement "event `seq` of this chain had hash `hash`", to keep outside the database. */
export interface AuditCheckpoint {
  seq: string;
  hash: string;
  createdAt: string;
  mac: string;
}

export function signCheckpoint(key: Buffer, seq: string, hash: string, createdAt: string): AuditCheckpoint {
  const mac = createHmac('sha256', key).update(`${VERSION}|checkpoint|${seq}|${hash}|${createdAt}`).digest('hex');
  return { seq, hash, createdAt, mac };
}

export function checkpointIsAuthentic(key: Buffer, cp: AuditCheckpoint): boolean {
  if (typeof cp?.seq !== 'string' || typeof cp.hash !== 'string' || typeof cp.createdAt !== 'string' || typeof cp.mac !== 'string') return false;
  const expected = Buffer.from(signCheckpoint(key, cp.seq, cp.hash, cp.createdAt).mac, 'hex');
  const given = Buffer.from(cp.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
