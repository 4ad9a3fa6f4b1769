/** A cell as read from a file: text from CSV; text, numbers, dates or booleans from a workbook. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based row number in the file, as the spreadsheet program shows it. */
  row: number;
  cells: CellValue[];
}

/** One table: the header titles and the data rows under them (empty rows dropped). */
export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export interface Workbook {
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  table: Sheet;
}

/** A file that cannot be read as a spreadsheet; the message names no cell value. */
export class SpreadsheetError extends Error {
  constructor(
    readonly code: 'NOT_A_SPREADSHEET' | 'EMPTY' | 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS' | 'NO_SUCH_SHEET' | 'TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

export const LIMITS = { rows: 20000, columns: 100, cellChars: 1000, unzippedBytes: 100 * 1024 * 1024 } as const;

export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * Turns raw rows into a table: the first non-empty row is the header; fully empty rows are dropped,
 * keeping every other row's own number; trailing empty columns are cut.
 */
export function toSheet(raw: { row: number; cells: CellValue[] }[], headerRows = 1): Sheet {
  const filled = raw.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (filled.length === 0) throw new SpreadsheetError('EMPTY', 'the file has no rows');
  const headerLines = filled.slice(0, headerRows);
  const width = Math.max(...filled.map((r) => lastFilled(r.cells) + 1));
  if (width > LIMITS.columns) throw new SpreadsheetError('TOO_MANY_COLUMNS', `the file has more than ${LIMITS.columns} columns`);
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const line of headerLines) {
      const text = cellText(line.cells[c] ?? null).replace(/\s+/g, ' ');
      // A cell merged down over two header rows repeats its title; say it once.
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    headers.push(parts.join(' '));
  }
  const rows = filled.slice(headerRows).map((r) => ({ row: r.row, cells: Array.from({ length: width }, (_, c) => clip(r.cells[c] ?? null)) }));
  if (rows.length === 0) throw new SpreadsheetError('EMPTY', 'the file has a header but no data rows');
  if (rows.length > LIMITS.rows) throw new SpreadsheetError('TOO_MANY_ROWS', `the file has more than ${LIMITS.rows} data rows`);
  return { headers, rows };
}

function lastFilled(cells: CellValue[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (!isBlank(cells[i])) return i;
  return -1;
}

function clip(cell: CellValue): CellValue {
  return typeof cell === 'string' && cell.length > LIMITS.cellChars ? cell.slice(0, LIMITS.cellChars) : cell;
}
