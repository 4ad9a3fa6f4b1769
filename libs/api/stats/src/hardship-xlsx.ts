import ExcelJS from 'exceljs';
import { aboutLines, type ExportLang, exportTables } from './hardship-export';
import type { HardshipReport } from './hardship-report';

/** Spreadsheet programs refuse sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string, used: Set<string>) => {
  let base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
  while (used.has(base)) base = `${base.slice(0, 28)} ${used.size}`;
  used.add(base);
  return base;
};

/** The workbook: one sheet per table (one row per period, bold frozen header), and a sheet on method. */
export async function hardshipXlsx(report: HardshipReport, lang: ExportLang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(`${report.asOf}T12:00:00Z`);
  workbook.creator = report.organization ?? '';
  const used = new Set<string>();
  for (const table of exportTables(report, lang)) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 16 : Math.min(40, Math.max(10, (table.header[i] ?? '').length * 0.6))));
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  }
  const about = aboutLines(lang);
  const sheet = workbook.addWorksheet(sheetName(about.title, used));
  sheet.addRow([about.title]).font = { bold: true };
  for (const line of about.lines) sheet.addRow([line]);
  sheet.getColumn(1).width = 120;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
