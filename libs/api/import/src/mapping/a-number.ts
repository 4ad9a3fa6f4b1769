import { normalizeANumber } from '@ct/api-core';
import type { CellValue } from '../parsing/sheet';

/**
 * An A-number as people write it: `A123456789`, `A-123-456-789`, `A 123 456 789`, `A#123456789`,
 * `А123456789` (a Cyrillic А), `№ 123456789`, `123.456.789`, or a number cell (Excel dropped the leading zero
 * of `012345678`, which the 8-digit form keeps as the same number). Cleans what the manual form would not
 * see, then applies the manual entry's own rule (8 or 9 digits after an optional A, spaces and dashes).
 */
export function readANumber(cell: CellValue): string | null {
  if (cell === null || typeof cell === 'boolean' || cell instanceof Date) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? normalizeANumber(String(cell)) : null;
  const text = cell
    .normalize('NFKC')
    .trim()
    .replace(/^[АаAa]\s*(?:-?\s*(?:number|no\.?|#|номер|№))?\s*[:#№.-]?\s*/u, 'A')
    .replace(/^(?:№|#|no\.?)\s*/iu, '')
    .replace(/[.\u2010-\u2015\u2212_]/g, '-');
  return normalizeANumber(text);
}
