import { IMPORT_FIELDS, type ImportRowResult } from '@ct/contracts';
import { mapRows } from '../mapping/map-rows';
import { suggestMapping } from '../mapping/synonyms';
import { readSpreadsheet } from '../parsing/read-spreadsheet';
import { reportCsv, storedResult } from './import-reports';
import { parseSettings } from './import-settings';
import { TEMPLATE_HEADERS, templateCsv, templateXlsx } from './import-template';

describe('settings of a dry run or an import', () => {
  it('reads a complete one', () => {
    expect(parseSettings(JSON.stringify({ mapping: { 0: 'firstName', 1: 'lastName', 2: '' }, dateOrder: 'DMY', sheet: 'Лист1', caseworkerId: '0b5f6c2e-1a2b-4c3d-8e9f-0a1b2c3d4e5f' }))).toEqual({
      mapping: { 0: 'firstName', 1: 'lastName' },
      dateOrder: 'DMY',
      sheet: 'Лист1',
      caseworkerId: '0b5f6c2e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    });
  });
  it.each<[string, string | undefined, string]>([
    ['missing', undefined, 'settings'],
    ['not JSON', '{', 'settings'],
    ['an array', '[]', 'settings'],
    ['an unknown key', '{"mapping":{},"extra":1}', 'settings.extra'],
    ['a mapping that is not an object', '{"mapping":[]}', 'settings.mapping'],
    ['a column that is not a number', '{"mapping":{"A":"firstName"}}', 'settings.mapping'],
    ['an unknown field', '{"mapping":{"0":"ssn"}}', 'settings.mapping'],
    ['an unknown date order', '{"mapping":{},"dateOrder":"YDM"}', 'settings.dateOrder'],
    ['a caseworker that is not an id', '{"mapping":{},"caseworkerId":"me"}', 'settings.caseworkerId'],
  ])('refuses %s, naming the field', (_label, raw, field) => {
    expect(() => parseSettings(raw)).toThrow(expect.objectContaining({ field }));
  });
});

describe('the report', () => {
  const row: ImportRowResult = {
    row: 7,
    outcome: 'create',
    creates: { client: true, caseKind: 'affirmative', milestones: ['ARRIVED', 'I589_FILED'] },
    problems: [{ column: 'Подача I-765', field: 'eadAppliedOn', code: 'UNUSUAL_EAD_APPLIED_BEFORE_DAY_150', message: 'Подача I-765: dated 2025-02-01 on clock day 31', severity: 'warning', params: { date: '2025-02-01', clockDays: 31, threshold: 150, otherType: 'I589_FILED' } }],
    clientCode: 'CL-AAAA-BBBB',
  };

  it('keeps no message or date of the file', () => {
    const kept = storedResult(row);
    expect(kept.problems[0]).toEqual({ column: 'Подача I-765', field: 'eadAppliedOn', code: 'UNUSUAL_EAD_APPLIED_BEFORE_DAY_150', message: '', severity: 'warning', params: { threshold: 150, otherType: 'I589_FILED' } });
    expect(JSON.stringify(kept)).not.toContain('2025-02-01');
  });

  it('is CSV with a byte-order mark, in English or Russian, quoting where needed', () => {
    expect(reportCsv([storedResult(row)], 'en')).toBe('\uFEFFRow,Outcome,Client code,Case,Milestones,Problems\r\n7,created,CL-AAAA-BBBB,affirmative,ARRIVED I589_FILED,UNUSUAL_EAD_APPLIED_BEFORE_DAY_150 (Подача I-765)\r\n');
    const error: ImportRowResult = { row: 3, outcome: 'error', creates: { client: true, caseKind: null, milestones: [] }, problems: [{ column: 'Name, first', field: 'firstName', code: 'REQUIRED', message: '', severity: 'error' }] };
    expect(reportCsv([error], 'ru')).toBe('\uFEFFСтрока,Результат,Код клиента,Дело,Этапы,Замечания\r\n3,ошибка,,,,"!REQUIRED (Name, first)"\r\n');
  });
});

describe('the templates', () => {
  it.each(['en', 'ru'] as const)('%s: every column title maps back to its own field', async (lang) => {
    const titles = IMPORT_FIELDS.map((f) => TEMPLATE_HEADERS[lang][f]);
    expect(Object.values(suggestMapping(titles))).toEqual([...IMPORT_FIELDS]);
    expect(templateCsv(lang)).toBe(`\uFEFF${titles.join(',')}\r\n`);
    const fromWorkbook = await readSpreadsheet(await templateXlsx(lang)).catch((e: { code: string }) => e.code);
    // An empty template has no data rows: it is refused as such, after its header was read.
    expect(fromWorkbook).toBe('EMPTY');
  });
});

describe('mapping 10,000 rows', () => {
  it('takes well under a second per thousand rows', () => {
    const headers = ['Имя', 'Фамилия', 'А-номер', 'Дата рождения', 'Дата въезда', 'Подача I-589', 'Подача I-765', 'Тип дела'];
    const rows = Array.from({ length: 10000 }, (_, i) => ({
      row: i + 2,
      cells: [`Имя${i}`, `Фамилия${i}`, `A-${200000000 + i}`, `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.1985`, '10.01.2025', '2025-06-01', i % 2 ? '2025-11-10' : null, 'аффирмативный'],
    }));
    const started = Date.now();
    const { rows: mapped } = mapRows({ headers, rows }, suggestMapping(headers), 'auto', '2026-11-29');
    expect(mapped).toHaveLength(10000);
    expect(mapped.filter((r) => r.problems.some((p) => p.severity === 'error'))).toHaveLength(0);
    expect(mapped[9999].milestones.map((m) => m.type)).toEqual(['ARRIVED', 'I589_FILED', 'EAD_APPLIED']);
    expect(Date.now() - started).toBeLessThan(10000);
  });
});
