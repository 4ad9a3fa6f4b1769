import ExcelJS from 'exceljs';
import { readSpreadsheet } from './read-spreadsheet';
import { LIMITS, SpreadsheetError } from './sheet';

const BOM = '\uFEFF';
const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

async function xlsx(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Clients'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('CSV files', () => {
  it.each<[string, string, string[], (string | null)[][]]>([
    ['comma, plain', 'First name,Last name\nIvan,Petrov\n', ['First name', 'Last name'], [['Ivan', 'Petrov']]],
    ['a byte-order mark is not part of the first title', `${BOM}First name,Last name\r\nIvan,Petrov\r\n`, ['First name', 'Last name'], [['Ivan', 'Petrov']]],
    ['semicolons (Excel in Russian)', `${BOM}Имя;Фамилия;Дата рождения\r\nКирилл;Васильев;01.02.1990\r\n`, ['Имя', 'Фамилия', 'Дата рождения'], [['Кирилл', 'Васильев', '01.02.1990']]],
    ['tabs', 'Имя\tФамилия\nОльга\tКрылова\n', ['Имя', 'Фамилия'], [['Ольга', 'Крылова']]],
    ['quoted fields with the delimiter, quotes and a line break', 'Name,Note,Region\n"Petrov, Ivan","said ""hi""","line one\nline two"\n', ['Name', 'Note', 'Region'], [['Petrov, Ivan', 'said "hi"', 'line one\nline two']]],
    ['a semicolon file whose names contain commas', 'A;B\n"Petrov, Ivan";x\nSidorov, Petr;y\n', ['A', 'B'], [['Petrov, Ivan', 'x'], ['Sidorov, Petr', 'y']]],
    ['empty rows are dropped, trailing empty columns cut', 'First,Last,,\n,,,\nIvan,Petrov,,\n\n , \nOlga,Krylova,,\n', ['First', 'Last'], [['Ivan', 'Petrov'], ['Olga', 'Krylova']]],
    ['blank lines before the header', '\n\nFirst;Last\nIvan;Petrov\n', ['First', 'Last'], [['Ivan', 'Petrov']]],
    ['short rows are padded', 'a,b,c\n1\n', ['a', 'b', 'c'], [['1', null, null]]],
  ])('%s', async (_label, text, headers, cells) => {
    const book = await readSpreadsheet(csv(text));
    expect(book.format).toBe('csv');
    expect(book.table.headers).toEqual(headers);
    expect(book.table.rows.map((r) => r.cells)).toEqual(cells);
  });

  it('keeps each row its own number across dropped empty rows', async () => {
    const book = await readSpreadsheet(csv('First,Last\n\nIvan,Petrov\n,\nOlga,Krylova\n'));
    expect(book.table.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('reads Windows-1251 text (Excel in Russian saving "CSV")', async () => {
    const cp1251 = Buffer.from([0xc8, 0xec, 0xff, 0x3b, 0xd4, 0xe0, 0xec, 0xe8, 0xeb, 0xe8, 0xff, 0x0a, 0xce, 0xeb, 0xfc, 0xe3, 0xe0, 0x3b, 0xca, 0xf0, 0xfb, 0xeb, 0xee, 0xe2, 0xe0, 0x0a]);
    const book = await readSpreadsheet(cp1251);
    expect(book.table.headers).toEqual(['Имя', 'Фамилия']);
    expect(book.table.rows[0].cells).toEqual(['Ольга', 'Крылова']);
  });

  it('reads 10,000 rows', async () => {
    const lines = ['Имя;Фамилия;A-номер;Дата въезда'];
    for (let i = 0; i < 10000; i++) lines.push(`Имя${i};Фамилия${i};A${String(100000000 + i)};${String((i % 28) + 1).padStart(2, '0')}.03.2025`);
    const started = Date.now();
    const book = await readSpreadsheet(csv(`${BOM}${lines.join('\r\n')}\r\n`));
    expect(book.table.rows).toHaveLength(10000);
    expect(book.table.rows[9999]).toEqual({ row: 10001, cells: ['Имя9999', 'Фамилия9999', 'A100009999', '04.03.2025'] });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each<[string, Buffer, string]>([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'NOT_A_SPREADSHEET'],
    ['an old .xls (OLE) file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'NOT_A_SPREADSHEET'],
    ['an empty file', Buffer.alloc(0), 'EMPTY'],
    ['only empty lines', csv('\n,,\n,,\n'), 'EMPTY'],
    ['a header without data rows', csv('First name,Last name\n\n'), 'EMPTY'],
    ['a zip that is not a workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]), 'NOT_A_SPREADSHEET'],
    ['more than 10 MB', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), 'TOO_LARGE'],
    ['too many columns', csv(`${Array.from({ length: LIMITS.columns + 1 }, (_, i) => `c${i}`).join(',')}\n`), 'TOO_MANY_COLUMNS'],
  ])('refuses %s', async (_label, buffer, code) => {
    await expect(readSpreadsheet(buffer)).rejects.toMatchObject({ name: 'SpreadsheetError', code });
  });

  it('refuses more rows than the limit', async () => {
    const text = `a\n${'x\n'.repeat(LIMITS.rows + 1)}`;
    await expect(readSpreadsheet(csv(text))).rejects.toBeInstanceOf(SpreadsheetError);
  });
});

describe('Excel workbooks', () => {
  it('reads the first sheet, dates stored as Excel dates, numbers, rich text and formulas', async () => {
    const file = await xlsx((ws, wb) => {
      ws.addRow(['Имя', 'Фамилия', 'A-number', 'Дата рождения', 'Household']);
      ws.addRow(['Кирилл', { richText: [{ text: 'Васи' }, { text: 'льев' }] }, 12345678, new Date(Date.UTC(1990, 1, 3)), { formula: '1+1', result: 2 }]);
      ws.getCell('D2').numFmt = 'dd.mm.yyyy';
      wb.addWorksheet('Other').addRow(['x']);
    });
    const book = await readSpreadsheet(file);
    expect(book).toMatchObject({ format: 'xlsx', sheets: ['Clients', 'Other'], sheet: 'Clients' });
    expect(book.table.headers).toEqual(['Имя', 'Фамилия', 'A-number', 'Дата рождения', 'Household']);
    const [first, last, aNumber, born, household] = book.table.rows[0].cells;
    expect([first, last, aNumber, household]).toEqual(['Кирилл', 'Васильев', 12345678, 2]);
    expect((born as Date).toISOString().slice(0, 10)).toBe('1990-02-03');
  });

  it('reads a chosen sheet and refuses a missing one', async () => {
    const file = await xlsx((ws, wb) => {
      ws.addRow(['ignored']);
      const other = wb.addWorksheet('Second');
      other.addRow(['First name', 'Last name']);
      other.addRow(['Ivan', 'Petrov']);
    });
    expect((await readSpreadsheet(file, 'Second')).table.rows[0].cells).toEqual(['Ivan', 'Petrov']);
    await expect(readSpreadsheet(file, 'Nope')).rejects.toMatchObject({ code: 'NO_SUCH_SHEET' });
  });

  it('joins a two-row header whose group titles are merged across columns, and skips empty rows', async () => {
    const file = await xlsx((ws) => {
      ws.addRow([]);
      ws.addRow(['Клиент', null, 'Даты', null, null, 'Регион']);
      ws.addRow(['Имя', 'Фамилия', 'Прибытие', 'Подача I-589', 'Интервью', null]);
      ws.mergeCells('A2:B2');
      ws.mergeCells('C2:E2');
      ws.mergeCells('F2:F3');
      ws.addRow(['Ольга', 'Крылова', new Date(Date.UTC(2025, 0, 10)), '2025-06-01', null, 'NYC']);
      ws.addRow([]);
      ws.addRow([null, null, null, null, null, null]);
      ws.addRow(['Иван', 'Петров', null, null, null, 'LA']);
    });
    const book = await readSpreadsheet(file);
    expect(book.table.headers).toEqual(['Клиент Имя', 'Клиент Фамилия', 'Даты Прибытие', 'Даты Подача I-589', 'Даты Интервью', 'Регион']);
    expect(book.table.rows.map((r) => r.row)).toEqual([4, 7]);
    expect(book.table.rows[1].cells).toEqual(['Иван', 'Петров', null, null, null, 'LA']);
  });

  it('a title merged across columns in a one-row header repeats over them', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(['Name', null, 'Region']);
      ws.mergeCells('A1:B1');
      ws.addRow(['Ivan', 'Petrov', 'NYC']);
    });
    // Two header rows are assumed only when the row under a merged title holds known titles; here it holds data.
    const book = await readSpreadsheet(file);
    expect(book.table.headers).toEqual(['Name', 'Name', 'Region']);
    expect(book.table.rows[0].cells).toEqual(['Ivan', 'Petrov', 'NYC']);
  });

  it('refuses a workbook that declares gigabytes unpacked (a decompression bomb)', async () => {
    const file = await xlsx((ws) => ws.addRow(['a']));
    const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cd = file.readUInt32LE(eocd + 16);
    file.writeUInt32LE(0xfffffff0, cd + 24);
    await expect(readSpreadsheet(file)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('reads 10,000 rows', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(['First name', 'Last name', 'A-number', 'Arrival']);
      for (let i = 0; i < 10000; i++) ws.addRow([`First${i}`, `Last${i}`, `A-${100000000 + i}`, new Date(Date.UTC(2025, i % 12, (i % 28) + 1))]);
    });
    const book = await readSpreadsheet(file);
    expect(book.table.rows).toHaveLength(10000);
    expect(book.table.rows[9999].row).toBe(10001);
  });
});
