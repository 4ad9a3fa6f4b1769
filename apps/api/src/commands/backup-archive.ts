import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';

/**
 * The backup file: authenticated encryption (AES-256-GCM) of an already-compressed dump, in chunks, so
 * that any bit flip, reordering or truncation is detected before anything is restored.
 *
 *   header  = "CTBACKUP" | version (1) | kind (1) | salt (32) | nonce prefix (8) | key check (16)
 *   chunk   = length of ciphertext (4, big-endian) | ciphertext | GCM tag (16)
 *
 * The file key is HKDF-SHA256(BACKUP_KEY, salt), fresh per file. Chunk i is encrypted with nonce
 * (prefix | i) and associated data (header | i | last?), so chunks cannot be reordered, dropped or taken
 * from another file, and a file cut after any chunk lacks the one marked last. The last chunk carries the
 * SHA-256 of the whole plaintext. The key check (an HMAC of the header under the file key) tells a wrong
 * key apart from a damaged file.
 */
export type ArchiveKind = 'pg_dump' | 'pglite';
const KINDS: Record<ArchiveKind, number> = { pg_dump: 1, pglite: 2 };
const MAGIC = Buffer.from('CTBACKUP', 'ascii');
const VERSION = 1;
const HEADER_LENGTH = 8 + 1 + 1 + 32 + 8 + 16;
const CHUNK = 1 << 20;
const MAX_CHUNK = CHUNK + 64;

export class ArchiveError extends Error {}

export function parseBackupKey(value: string | undefined): Buffer {
  if (!value) throw new ArchiveError('BACKUP_KEY is required (32 random bytes, base64: openssl rand -base64 32)');
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new ArchiveError('BACKUP_KEY must decode to exactly 32 bytes (openssl rand -base64 32)');
  return key;
}

function fileKey(backupKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', backupKey, salt, 'case-tracker backup v1', 32));
}

function keyCheck(key: Buffer, head: Buffer): Buffer {
  return createHmac('sha256', key).update('key check').update(head).digest().subarray(0, 16);
}

function chunkParams(header: Buffer, prefix: Buffer, index: number, last: boolean): { nonce: Buffer; aad: Buffer } {
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(index);
  return { nonce: Buffer.concat([prefix, counter]), aad: Buffer.concat([header, counter, Buffer.from([last ? 1 : 0])]) };
}

/** Writes an archive from a stream of plaintext (the dump); returns the SHA-256 of the written file. */
export async function writeArchive(path: string, kind: ArchiveKind, backupKey: Buffer, source: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const salt = randomBytes(32);
  const prefix = randomBytes(8);
  const key = fileKey(backupKey, salt);
  const head = Buffer.concat([MAGIC, Buffer.from([VERSION, KINDS[kind]]), salt, prefix]);
  const header = Buffer.concat([head, keyCheck(key, head)]);
  const fileHash = createHash('sha256');
  const plainHash = createHash('sha256');
  // 'wx': never overwrite an existing backup.
  const out = await open(path, 'wx', 0o600);
  let bytes = 0;
  const write = async (buf: Buffer) => {
    fileHash.update(buf);
    bytes += buf.length;
    await out.write(buf);
  };
  let index = 0;
  const sealChunk = async (plain: Buffer, last: boolean) => {
    const { nonce, aad } = chunkParams(header, prefix, index++, last);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    await write(Buffer.concat([len, body, cipher.getAuthTag()]));
  };
  try {
    await write(header);
    let pending: Buffer[] = [];
    let size = 0;
    for await (const part of source) {
      const buf = Buffer.from(part);
      plainHash.update(buf);
      pending.push(buf);
      size += buf.length;
      while (size >= CHUNK) {
        const all = Buffer.concat(pending);
        await sealChunk(all.subarray(0, CHUNK), false);
        pending = [all.subarray(CHUNK)];
        size = all.length - CHUNK;
      }
    }
    await sealChunk(Buffer.concat([...pending, plainHash.digest()]), true);
    await out.sync();
  } finally {
    await out.close();
  }
  return { bytes, sha256: fileHash.digest('hex') };
}

async function readExactly(file: FileHandle, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await file.read(buf, read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buf.subarray(0, read);
}

/**
 * Reads and authenticates an archive, yielding its plaintext chunk by chunk. A consumer must not act on
 * the plaintext before the iteration ends without error: run it once with a no-op consumer to verify.
 */
export async function* readArchive(path: string, backupKey: Buffer): AsyncGenerator<Buffer, ArchiveKind> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    throw new ArchiveError(`cannot read the backup file ${path}`);
  }
  try {
    const header = await readExactly(file, HEADER_LENGTH, 0);
    if (header.length < HEADER_LENGTH || !header.subarray(0, 8).equals(MAGIC)) throw new ArchiveError('not a case-tracker backup file (or its header is damaged)');
    if (header[8] !== VERSION) throw new ArchiveError(`unsupported backup format version ${header[8]}`);
    const kind = (Object.keys(KINDS) as ArchiveKind[]).find((k) => KINDS[k] === header[9]);
    if (!kind) throw new ArchiveError('unknown backup kind (damaged header)');
    const salt = header.subarray(10, 42);
    const prefix = header.subarray(42, 50);
    const key = fileKey(backupKey, salt);
    if (!timingSafeEqual(keyCheck(key, header.subarray(0, 50)), header.subarray(50, 66))) throw new ArchiveError('wrong BACKUP_KEY for this backup (or its header is damaged)');
    const plainHash = createHash('sha256');
    let position = HEADER_LENGTH;
    let previous: Buffer | null = null;
    for (let index = 0; ; index++) {
      const lenBuf = await readExactly(file, 4, position);
      if (lenBuf.length === 0) throw new ArchiveError('the backup is truncated: it ends before its last chunk');
      if (lenBuf.length < 4) throw new ArchiveError('the backup is truncated (partial chunk)');
      const length = lenBuf.readUInt32BE();
      if (length > MAX_CHUNK) throw new ArchiveError(`the backup is damaged: chunk ${index} has an impossible length`);
      const body = await readExactly(file, length + 16, position + 4);
      if (body.length < length + 16) throw new ArchiveError('the backup is truncated (partial chunk)');
      position += 4 + length + 16;
      const atEnd = (await readExactly(file, 1, position)).length === 0;
      const { nonce, aad } = chunkParams(header, prefix, index, atEnd);
      const decipher = createDecipheriv('aes-256-gcm', key, nonce);
      decipher.setAAD(aad);
      decipher.setAuthTag(body.subarray(length));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(body.subarray(0, length)), decipher.final()]);
      } catch {
        throw new ArchiveError(atEnd ? 'the backup is damaged or truncated: its last chunk fails authentication' : `the backup is damaged: chunk ${index} fails authentication`);
      }
      if (previous) yield previous;
      if (atEnd) {
        const data = plain.subarray(0, plain.length - 32);
        plainHash.update(data);
        if (!plainHash.digest().equals(plain.subarray(plain.length - 32))) throw new ArchiveError('the backup is damaged: checksum mismatch');
        if (data.length > 0) yield data;
        return kind;
      }
      plainHash.update(plain);
      previous = plain;
    }
  } finally {
    await file.close();
  }
}

/** Authenticates the whole archive without using its content. */
export async function verifyArchive(path: string, backupKey: Buffer): Promise<{ kind: ArchiveKind; bytes: number }> {
  const it = readArchive(path, backupKey);
  let bytes = 0;
  for (;;) {
    const next = await it.next();
    if (next.done) return { kind: next.value, bytes };
    bytes += next.value.length;
  }
}
