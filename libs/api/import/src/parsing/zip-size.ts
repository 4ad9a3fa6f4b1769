import { LIMITS, SpreadsheetError } from './sheet';

/**
 * The total uncompressed size a zip (an .xlsx) declares in its central directory. A 10 MB workbook that
 * declares gigabytes is a decompression bomb and is refused before any of it is inflated. (A zip may lie
 * about sizes; the row and column limits after reading are the second line.)
 */
export function declaredUnzippedBytes(buffer: Buffer): number {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buffer.length) throw new SpreadsheetError('NOT_A_SPREADSHEET', 'the workbook is damaged (no zip directory)');
  const entries = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) throw new SpreadsheetError('NOT_A_SPREADSHEET', 'the workbook is damaged (bad zip directory)');
    const size = buffer.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return total;
}

export function assertUnzippedSize(buffer: Buffer): void {
  if (declaredUnzippedBytes(buffer) > LIMITS.unzippedBytes) throw new SpreadsheetError('TOO_LARGE', `the workbook unpacks to more than ${LIMITS.unzippedBytes / 1024 / 1024} MB`);
}
