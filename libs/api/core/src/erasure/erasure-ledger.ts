import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What erasure kept of a client: `statistics` (the client consented to be counted: the anonymous facts
 * stay, identity and free text are gone) or `nothing` (the whole record is deleted).
 */
export type ErasureKeeps = 'statistics' | 'nothing';

export interface ErasureEntry {
  clientId: string;
  erasedAt: string;
  keeps: ErasureKeeps;
}

export class ErasureLedgerError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The list of erased clients, kept OUTSIDE the database (beside the backups) so that `restore` re-applies
 * every erasure to a backup taken before it: an erased client never comes back. One line per erasure,
 * ids only (no personal value), each line sealed with an HMAC so that nobody can slip ids into it to get
 * clients erased on the next restore.
 *
 *   <client id> <ISO time> <statistics|nothing> <HMAC-SHA256, base64url>
 */
export class ErasureLedger {
  constructor(
    readonly path: string,
    private readonly key: Buffer,
  ) {}

  private seal(entry: ErasureEntry): string {
    return createHmac('sha256', this.key).update(`erasure\u0000${entry.clientId}\u0000${entry.erasedAt}\u0000${entry.keeps}`).digest('base64url');
  }

  /** Appends and flushes to disk before returning; erasure aborts if this throws. */
  append(entry: ErasureEntry): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const line = `${entry.clientId} ${entry.erasedAt} ${entry.keeps} ${this.seal(entry)}\n`;
    appendFileSync(this.path, line, { mode: 0o600 });
    const fd = openSync(this.path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Every entry, checked; a line that fails its seal stops everything (the ledger was altered). */
  read(): ErasureEntry[] {
    if (!existsSync(this.path)) return [];
    const lines = readFileSync(this.path, 'utf8').split('\n');
    const entries: ErasureEntry[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const [clientId, erasedAt, keeps, mac] = line.split(' ');
      const entry = { clientId, erasedAt, keeps } as ErasureEntry;
      const ok =
        UUID.test(clientId ?? '') &&
        (keeps === 'statistics' || keeps === 'nothing') &&
        typeof mac === 'string' &&
        mac.length === 43 &&
        timingSafeEqual(Buffer.from(mac), Buffer.from(this.seal(entry)));
      if (!ok) throw new ErasureLedgerError(`erasure ledger ${this.path}: line ${i + 1} fails its check (altered, or sealed with another key)`);
      entries.push(entry);
    });
    return entries;
  }
}

/** The ledger's sealing key: derived from the blind-index key, which stays fixed across key rotations. */
export function erasureLedgerKey(indexKey: Buffer): Buffer {
  return createHmac('sha256', indexKey).update('erasure ledger').digest();
}
