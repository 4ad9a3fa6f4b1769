import type { DateOrder } from '@ct/contracts';
import type { CellValue } from '../parsing/sheet';

export type DateReading =
  | { ok: true; date: string }
  /** `ambiguous`: n/n/yyyy with both parts ≤ 12 and no order chosen. */
  | { ok: false; reason: 'invalid' | 'ambiguous' };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day as YYYY-MM-DD, or null when it does not exist (31 April, 29 February 2025). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years: up to this year's two digits are 20xx, later ones 19xx (a birth in '88 is 1988). */
function fullYear(text: string, today: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y <= Number(today.slice(2, 4)) ? 2000 + y : 1900 + y;
}

/** Excel's day numbers (1900 date system as Excel counts it): day 25569 is 1970-01-01. */
function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73050) return null;
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Reads a date cell. Accepted: dates stored as Excel dates; Excel day numbers; ISO `2025-03-10` (also with
 * `/` or `.`); `10.03.2025` (day.month.year, the Russian way); `3/10/2025` or `3-10-2025` as US month/day or
 * day/month per `order` (`auto` reads it only when one part is above 12); compact `20250310`; and month names
 * in English or Russian (`10 March 2025`, `March 10, 2025`, `10 марта 2025`).
 */
export function readDate(cell: CellValue, order: DateOrder, today: string): DateReading {
  if (cell === null || cell === '') return { ok: false, reason: 'invalid' };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'invalid' };
    const iso = isoDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return iso ? { ok: true, date: iso } : { ok: false, reason: 'invalid' };
  }
  if (typeof cell === 'number') {
    const iso = Number.isInteger(cell) && cell > 19000000 ? compact(String(cell)) : fromExcelSerial(cell);
    return iso ? { ok: true, date: iso } : { ok: false, reason: 'invalid' };
  }
  if (typeof cell === 'boolean') return { ok: false, reason: 'invalid' };
  const text = cell.trim().replace(/\s+г\.?$/u, '').replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return result(isoDay(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (m) return result(isoDay(fullYear(m[3], today), Number(m[2]), Number(m[1])));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3], today);
    let chosen: 'MDY' | 'DMY';
    if (order !== 'auto') chosen = order;
    else if (a > 12 && b <= 12) chosen = 'DMY';
    else if (b > 12 && a <= 12) chosen = 'MDY';
    else if (a === b) chosen = 'MDY';
    else return { ok: false, reason: a > 12 ? 'invalid' : 'ambiguous' };
    return result(chosen === 'MDY' ? isoDay(year, a, b) : isoDay(year, b, a));
  }
  if (/^\d{8}$/.test(text)) return result(compact(text));
  m = /^(\d{1,2})[ .-]?([\p{L}]+)\.?[ .,-]?(\d{4})$/u.exec(text);
  if (m) return result(named(m[2], Number(m[1]), Number(m[3])));
  m = /^([\p{L}]+)\.? (\d{1,2}),? (\d{4})$/u.exec(text);
  if (m) return result(named(m[1], Number(m[2]), Number(m[3])));
  return { ok: false, reason: 'invalid' };
}

function compact(text: string): string | null {
  return isoDay(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
}

function named(monthName: string, day: number, year: number): string | null {
  const month = MONTHS[monthName.toLowerCase().slice(0, 3)];
  return month ? isoDay(year, month, day) : null;
}

function result(iso: string | null): DateReading {
  return iso ? { ok: true, date: iso } : { ok: false, reason: 'invalid' };
}

/**
 * The order a column's n/n/yyyy dates are written in, judged from all of them: a first part above 12
 * anywhere means day/month, a second part above 12 means month/day; both → `conflict`; neither → `ambiguous`
 * (every such date could be read either way); no such dates → `none`.
 */
export function inferDateOrder(cells: CellValue[]): 'MDY' | 'DMY' | 'ambiguous' | 'conflict' | 'none' {
  let dmy = false;
  let mdy = false;
  let seen = false;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\s*$/.exec(cell);
    if (!m) continue;
    seen = true;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (dmy && mdy) return 'conflict';
  if (dmy) return 'DMY';
  if (mdy) return 'MDY';
  return seen ? 'ambiguous' : 'none';
}
