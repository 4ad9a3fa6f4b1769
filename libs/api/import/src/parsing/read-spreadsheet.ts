import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { type Workbook, SpreadsheetError } from './sheet';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads an uploaded file by its content (never by its name): an .xlsx workbook or CSV text. */
export async function readSpreadsheet(buffer: Buffer, sheet?: string): Promise<Workbook> {
  if (buffer.length === 0) throw new SpreadsheetError('EMPTY', 'the file is empty');
  if (buffer.length > MAX_FILE_BYTES) throw new SpreadsheetError('TOO_LARGE', 'the file is larger than 10 MB');
  if (buffer.subarray(0, 4).equals(ZIP)) return readXlsx(buffer, sheet);
  if (buffer.subarray(0, 4).equals(OLE)) throw new SpreadsheetError('NOT_A_SPREADSHEET', 'old Excel files (.xls) are not read: save the sheet as .xlsx or CSV');
  return readCsv(buffer);
}
