import { parse } from 'csv-parse/sync';
import { type Workbook, SpreadsheetError, toSheet } from './sheet';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark), or Windows-1251, which Excel in Russian
 * uses when it saves "CSV". A file with NUL bytes or that is neither is not a CSV.
 */
export function decodeText(buffer: Buffer): string {
  if (buffer.includes(0)) throw new SpreadsheetError('NOT_A_SPREADSHEET', 'the file is neither a CSV text nor an Excel workbook');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1251').decode(buffer);
  }
}

/** The delimiter that splits the first lines most consistently (quoted parts ignored). */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length - 1);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 100 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function readCsv(buffer: Buffer): Workbook {
  const text = decodeText(buffer);
  // eslint-disable-next-line no-control-regex -- control characters mark a binary file
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw new SpreadsheetError('NOT_A_SPREADSHEET', 'the file is neither a CSV text nor an Excel workbook');
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch {
    throw new SpreadsheetError('NOT_A_SPREADSHEET', 'the CSV text could not be read (unbalanced quotes?)');
  }
  return { format: 'csv', sheets: [], sheet: null, table: toSheet(records.map((cells, i) => ({ row: i + 1, cells }))) };
}
