import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { nameSkeletons } from '@ct/domain';

/**
 * Application-level encryption of identifying fields: AES-256-GCM with a fresh 96-bit nonce per value,
 * the key version stored with each value (so keys can rotate while the app serves), and the record's
 * table, column and id as associated data (so a ciphertext cannot be moved to another row or column).
 *
 * Stored form: `v<version>.<base64url(nonce | tag | ciphertext)>`.
 */
export class FieldCipher {
  constructor(
    private readonly keys: ReadonlyMap<number, Buffer>,
    readonly activeVersion: number,
  ) {
    if (!keys.has(activeVersion)) throw new Error('the active key version has no key');
  }

  encrypt(plaintext: string, aad: string): string {
    const key = this.keys.get(this.activeVersion) as Buffer;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `v${this.activeVersion}.${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  encryptNullable(plaintext: string | null | undefined, aad: string): string | null {
    return plaintext === null || plaintext === undefined || plaintext === '' ? null : this.encrypt(plaintext, aad);
  }

  decrypt(stored: string, aad: string): string {
    const { version, payload } = parseStored(stored);
    const key = this.keys.get(version);
    if (!key) throw new Error(`no key for version ${version}`);
    const raw = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  decryptNullable(stored: string | null | undefined, aad: string): string | null {
    return stored ? this.decrypt(stored, aad) : null;
  }

  /** Whether a stored value is under an older key and should be re-encrypted. */
  needsRotation(stored: string): boolean {
    return parseStored(stored).version !== this.activeVersion;
  }
}

function parseStored(stored: string): { version: number; payload: string } {
  const match = /^v(\d+)\.([A-Za-z0-9_-]+)$/.exec(stored);
  if (!match) throw new Error('not an encrypted value');
  return { version: Number(match[1]), payload: match[2] };
}

/**
 * Keyed blind indexes: HMAC-SHA256 of a normalized value, truncated. Equality search without storing
 * the plaintext; without the key the index reveals nothing but which rows share a value.
 */
export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  hash(purpose: string, normalized: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\u0000${normalized}`).digest('base64url').slice(0, 22);
  }

  /**
   * Index terms for a name: each word's transliteration skeleton (Кирилл and Kirill both give "kiril")
   * and each of its prefixes from three letters, so that "ivan" finds "Ivanov". Prefixes make the index a
   * little more telling (rows sharing a prefix), a trade accepted for usable search; terms are keyed, so
   * nothing is readable without the key. The purpose `name-sk` keeps these apart from the terms of the
   * earlier scheme, which rows keep until they are reindexed.
   */
  nameTerms(...names: (string | null | undefined)[]): string[] {
    const terms = new Set<string>();
    for (const word of names.flatMap((n) => nameSkeletons(n ?? ''))) {
      for (let len = Math.min(3, word.length); len <= word.length; len++) terms.add(this.hash('name-sk', word.slice(0, len)));
    }
    return [...terms];
  }

  /** Terms to look for: every word of the query must match (a word shorter than 3 letters matches whole words only). */
  queryTerms(query: string): string[] {
    return nameSkeletons(query).map((w) => this.hash('name-sk', w));
  }
}

/** Lower-case, strip accents, fold Cyrillic ё to е, split on anything that is not a letter or digit. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A-numbers: 8 or 9 digits; a leading A, spaces and dashes are accepted and removed. */
export function normalizeANumber(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').replace(/^a/i, '');
  return /^\d{8,9}$/.test(compact) ? compact : null;
}

/** The form an A-number is indexed and searched by: A12345678 and A012345678 are the same number. */
export function aNumberKey(normalized: string): string {
  return normalized.padStart(9, '0');
}
