import ExcelJS from 'exceljs';
import { type CellValue, type Workbook, LIMITS, SpreadsheetError, toSheet } from './sheet';
import { suggestField } from '../mapping/synonyms';
import { assertUnzippedSize } from './zip-size';

/** Plain values from exceljs cells: rich text joined, formulas by their result, hyperlinks by their text. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return typeof value.text === 'string' ? value.text : plain(value.text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * Reads one sheet of a workbook (the named one, else the first). Cells merged across columns in the first
 * row mark a two-row header ("Dates" above "Arrival", "I-589"): their titles are joined. Dates stored as
 * Excel dates arrive as dates.
 */
export async function readXlsx(buffer: Buffer, sheetName?: string): Promise<Workbook> {
  assertUnzippedSize(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('NOT_A_SPREADSHEET', 'the file is not a readable Excel workbook (.xlsx)');
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!worksheet) throw new SpreadsheetError(sheetName ? 'NO_SUCH_SHEET' : 'EMPTY', sheetName ? 'the workbook has no sheet of that name' : 'the workbook has no sheet');
  if (worksheet.rowCount > LIMITS.rows + 100) throw new SpreadsheetError('TOO_MANY_ROWS', `the sheet has more than ${LIMITS.rows} rows`);
  const width = Math.min(worksheet.columnCount, LIMITS.columns + 1);
  const raw: { row: number; cells: CellValue[] }[] = [];
  let firstFilled = 0;
  let mergedAcross = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    raw.push({ row: rowNumber, cells });
    if (firstFilled === 0 && cells.some((v) => v !== null && String(v).trim() !== '')) {
      firstFilled = rowNumber;
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && Number(cell.master.row) === rowNumber && Number(cell.master.col) !== Number(cell.col)) mergedAcross = true;
      }
    }
  });
  // A group title merged across columns makes a two-row header when the row below holds known titles.
  const next = raw.find((r) => r.row > firstFilled);
  const headerRows = mergedAcross && next && next.cells.some((c) => typeof c === 'string' && suggestField(c) !== null) ? 2 : 1;
  return { format: 'xlsx', sheets, sheet: worksheet.name, table: toSheet(raw, headerRows) };
}
