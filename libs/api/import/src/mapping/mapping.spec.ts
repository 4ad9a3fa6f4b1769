import type { DateOrder, ImportField } from '@ct/contracts';
import type { CellValue } from '../parsing/sheet';
import { readANumber } from './a-number';
import { inferDateOrder, readDate } from './dates';
import { MappingError, mapRows } from './map-rows';
import { applyRemembered, rememberable, suggestField, suggestMapping } from './synonyms';
import { readCaseKind, readContactChannel, readEducation, readEnglish, readLanguages } from './values';

const TODAY = '2026-11-29';

describe('headers suggest fields, in English or Russian', () => {
  it.each<[string, ImportField | null]>([
    ['First name', 'firstName'], ['Given Name', 'firstName'], ['Имя', 'firstName'], ['ИМЯ ', 'firstName'], ['Клиент Имя', 'firstName'], ['Имя (латиницей)', 'firstName'],
    ['Last name', 'lastName'], ['Surname', 'lastName'], ['Фамилия', 'lastName'], ['Клиент Фамилия', 'lastName'],
    ['A-number', 'aNumber'], ['A#', 'aNumber'], ['Alien Number', 'aNumber'], ['А-номер', 'aNumber'], ['Номер А', 'aNumber'],
    ['DOB', 'dateOfBirth'], ['Date of birth', 'dateOfBirth'], ['Дата рождения', 'dateOfBirth'],
    ['E-mail', 'email'], ['Эл. почта', 'email'], ['Phone number', 'phone'], ['Телефон', 'phone'],
    ['Arrival date', 'arrivedOn'], ['Date of last arrival', 'arrivedOn'], ['Дата въезда', 'arrivedOn'], ['Даты Прибытие', 'arrivedOn'],
    ['I-589 filed', 'i589FiledOn'], ['Дата подачи I-589', 'i589FiledOn'], ['I-765 filed', 'eadAppliedOn'], ['Подача I-765', 'eadAppliedOn'],
    ['Work permit approved', 'eadApprovedOn'], ['Разрешение на работу одобрено', 'eadApprovedOn'], ['EAD', 'eadApprovedOn'],
    ['Interview date', 'interviewOn'], ['Интервью', 'interviewOn'],
    ['Case type', 'caseKind'], ['Тип дела', 'caseKind'], ['Education', 'educationLevel'], ['Образование', 'educationLevel'],
    ['English level', 'englishLevel'], ['Уровень английского', 'englishLevel'], ['Household size', 'householdSize'], ['Состав семьи', 'householdSize'],
    ['Languages', 'languages'], ['Языки', 'languages'], ['Profession', 'profession'], ['Профессия', 'profession'], ['City', 'region'], ['Город', 'region'],
    ['Chosen name', 'chosenName'], ['Местоимения', 'pronouns'], ['Адвокат', 'attorney'], ['Asylum office or court', 'asylumOffice'], ['Язык переводчика', 'interpreterLanguage'], ['Способ связи', 'contactChannel'], ['Telegram', 'contactHandle'],
    ['Comments', null], ['Примечание', null], ['', null],
  ])('%s → %s', (title, field) => expect(suggestField(title)).toBe(field));

  it('maps each field once, to its first column', () => {
    expect(suggestMapping(['Имя', 'Фамилия', 'Имя', 'Notes', 'DOB'])).toEqual({ 0: 'firstName', 1: 'lastName', 4: 'dateOfBirth' });
  });

  it('remembers a mapping by header title and applies it to a file with the columns moved', () => {
    const remembered = rememberable(['Name 1', 'Name 2', 'Born'], { 0: 'firstName', 1: 'lastName', 2: 'dateOfBirth' });
    expect(applyRemembered(['born', 'Extra', 'NAME 2', 'Name 1'], remembered)).toEqual({ 0: 'dateOfBirth', 2: 'lastName', 3: 'firstName' });
  });
});

describe('dates in the usual formats', () => {
  it.each<[CellValue, DateOrder, string]>([
    ['2025-03-10', 'auto', '2025-03-10'],
    ['2025/3/10', 'auto', '2025-03-10'],
    ['2025-03-10T00:00:00', 'auto', '2025-03-10'],
    ['10.03.2025', 'auto', '2025-03-10'],
    ['10.03.2025 г.', 'auto', '2025-03-10'],
    ['1.3.25', 'auto', '2025-03-01'],
    ['01.02.88', 'auto', '1988-02-01'],
    ['3/25/2025', 'auto', '2025-03-25'],
    ['25/3/2025', 'auto', '2025-03-25'],
    ['3/10/2025', 'MDY', '2025-03-10'],
    ['3/10/2025', 'DMY', '2025-10-03'],
    ['03-10-2025', 'DMY', '2025-10-03'],
    ['5/5/2025', 'auto', '2025-05-05'],
    ['20250310', 'auto', '2025-03-10'],
    ['10 March 2025', 'auto', '2025-03-10'],
    ['March 10, 2025', 'auto', '2025-03-10'],
    ['Mar 10 2025', 'auto', '2025-03-10'],
    ['10 марта 2025', 'auto', '2025-03-10'],
    ['1 мая 2025 г.', 'auto', '2025-05-01'],
    [new Date(Date.UTC(2025, 2, 10)), 'auto', '2025-03-10'],
    [45726, 'auto', '2025-03-10'],
    [20250310, 'auto', '2025-03-10'],
  ])('%p (%s) → %s', (cell, order, iso) => expect(readDate(cell, order, TODAY)).toEqual({ ok: true, date: iso }));

  it.each<[CellValue, DateOrder, 'invalid' | 'ambiguous']>([
    ['3/10/2025', 'auto', 'ambiguous'],
    ['31.04.2025', 'auto', 'invalid'],
    ['29.02.2025', 'auto', 'invalid'],
    ['13/13/2025', 'auto', 'invalid'],
    ['25/3/2025', 'MDY', 'invalid'],
    ['soon', 'auto', 'invalid'],
    ['10 Brumaire 2025', 'auto', 'invalid'],
    [true, 'auto', 'invalid'],
    [-3, 'auto', 'invalid'],
  ])('%p (%s) is %s', (cell, order, reason) => expect(readDate(cell, order, TODAY)).toEqual({ ok: false, reason }));

  it.each<[CellValue[], string]>([
    [['3/10/2025', '25/12/2024'], 'DMY'],
    [['3/10/2025', '12/25/2024'], 'MDY'],
    [['3/10/2025', '4/11/2024', null], 'ambiguous'],
    [['25/12/2024', '12/25/2024'], 'conflict'],
    [['2025-03-10', new Date()], 'none'],
  ])('a column of %p reads as %s', (cells, order) => expect(inferDateOrder(cells)).toBe(order));
});

describe('A-numbers in every written form', () => {
  it.each<[CellValue, string | null]>([
    ['A123456789', '123456789'], ['a123456789', '123456789'], ['A-123-456-789', '123456789'], ['A 123 456 789', '123456789'],
    ['A#123456789', '123456789'], ['A# 123-456-789', '123456789'], ['А123456789', '123456789'], ['№ 123456789', '123456789'],
    ['123.456.789', '123456789'], ['123 456 789', '123456789'], [' A12345678 ', '12345678'], ['A-number: 123456789', '123456789'],
    ['A–123–456–789', '123456789'], [12345678, '12345678'], [123456789, '123456789'],
    ['A1234567', null], ['A1234567890', null], ['pending', null], ['', null], [12.5, null], [new Date(), null],
  ])('%p → %p', (cell, normalized) => expect(readANumber(cell)).toBe(normalized));
});

describe('values of choice fields', () => {
  it.each<[string, string | null]>([['Master', 'master'], ['магистр', 'master'], ['PhD', 'doctorate'], ['Среднее специальное', 'vocational'], ['высшее бакалавр', 'bachelor'], ['who knows', null]])('education %s → %s', (t, v) => expect(readEducation(t)).toBe(v));
  it.each<[string, string | null]>([['b2', 'B2'], ['В2', 'B2'], ['Upper-intermediate', 'B2'], ['свободный', 'C2'], ['нет', 'none'], ['X9', null]])('English %s → %s', (t, v) => expect(readEnglish(t)).toBe(v));
  it.each<[string, string | null]>([['Affirmative', 'affirmative'], ['суд', 'defensive'], ['EOIR', 'defensive'], ['maybe', null]])('kind %s → %s', (t, v) => expect(readCaseKind(t)).toBe(v));
  it.each<[string, string | null]>([['Signal', 'signal'], ['Телеграм', 'telegram'], ['ватсап', 'whatsapp'], ['pigeon', null]])('contact channel %s → %s', (t, v) => expect(readContactChannel(t)).toBe(v));
  it('languages', () => expect(readLanguages('Русский, английский; Georgian / Esperanto')).toEqual(['ru', 'en', 'ka', 'esperanto']));
});

describe('rows to clients, cases and milestones', () => {
  const headers = ['Имя', 'Фамилия', 'A-номер', 'Дата рождения', 'Прибытие', 'Подача I-589', 'Подача I-765', 'Разрешение одобрено', 'Тип дела', 'Семья'];
  const mapping = { 0: 'firstName', 1: 'lastName', 2: 'aNumber', 3: 'dateOfBirth', 4: 'arrivedOn', 5: 'i589FiledOn', 6: 'eadAppliedOn', 7: 'eadApprovedOn', 8: 'caseKind', 9: 'householdSize' } as const;
  const run = (cells: CellValue[][], order: DateOrder = 'auto') => mapRows({ headers, rows: cells.map((c, i) => ({ row: i + 2, cells: c })) }, mapping, order, TODAY);
  const codes = (cells: CellValue[]) => run([cells]).rows[0].problems.map((p) => `${p.severity}:${p.code}:${p.column}`);

  it('a complete row', () => {
    const [row] = run([['Кирилл', 'Васильев', 'A-123-456-789', '01.02.1990', '10.01.2025', '2025-06-01', '2025-11-01', '2026-01-15', 'аффирмативный', '2']]).rows;
    expect(row).toEqual({
      row: 2,
      client: { firstName: 'Кирилл', lastName: 'Васильев', aNumber: '123456789', dateOfBirth: '1990-02-01', lastArrivalOn: '2025-01-10', householdSize: 2 },
      caseKind: 'affirmative',
      milestones: [
        { type: 'ARRIVED', date: '2025-01-10', field: 'arrivedOn' },
        { type: 'I589_FILED', date: '2025-06-01', field: 'i589FiledOn' },
        { type: 'EAD_APPLIED', date: '2025-11-01', field: 'eadAppliedOn' },
        { type: 'EAD_APPROVED', date: '2026-01-15', field: 'eadApprovedOn' },
      ],
      aNumberKey: '123456789',
      problems: [],
    });
  });

  it.each<[string, CellValue[], string[]]>([
    ['names are required', ['', ' ', null, null, null, null, null, null, null, null], ['error:REQUIRED:Имя', 'error:REQUIRED:Фамилия']],
    ['a bad A-number', ['A', 'B', 'A-12', null, null, null, null, null, null, null], ['error:INVALID_A_NUMBER:A-номер']],
    ['a date that is not one', ['A', 'B', null, '31.02.1990', null, null, null, null, null, null], ['error:INVALID_DATE:Дата рождения']],
    ['a birth date in the future', ['A', 'B', null, '01.01.2030', null, null, null, null, null, null], ['error:FUTURE_DATE:Дата рождения']],
    ['an arrival in the future', ['A', 'B', null, null, '2027-01-01', null, null, null, null, null], ['error:FUTURE_DATE:Прибытие', 'warning:KIND_ASSUMED:Тип дела', 'warning:UNUSUAL_PAST_EVENT_IN_FUTURE:Прибытие']],
    ['permit approved before the I-589 (the manual rule)', ['A', 'B', null, null, null, '2025-06-01', null, '2025-05-01', 'affirmative', null], ['error:MILESTONE_ORDER:Разрешение одобрено']],
    ['I-589 before arrival', ['A', 'B', null, null, '2025-06-01', '2025-05-01', null, null, 'affirmative', null], ['error:MILESTONE_ORDER:Подача I-589']],
    ['permit on clock day 100 is unusual, not an error', ['A', 'B', null, null, null, '2025-01-01', '2025-01-15', '2025-04-11', 'defensive', null], ['warning:UNUSUAL_EAD_APPLIED_BEFORE_DAY_150:Подача I-765', 'warning:UNUSUAL_EAD_APPROVED_BEFORE_DAY_180:Разрешение одобрено']],
    ['an unknown case kind', ['A', 'B', null, null, null, null, null, null, 'maybe', null], ['error:UNKNOWN_VALUE:Тип дела']],
    ['a household that is not a number', ['A', 'B', null, null, null, null, null, null, null, 'two'], ['error:INVALID_NUMBER:Семья']],
  ])('%s', (_label, cells, expected) => expect(codes(cells)).toEqual(expected));

  it('a row without dates or kind creates no case', () => {
    const [row] = run([['A', 'B', null, null, null, null, null, null, null, null]]).rows;
    expect(row.caseKind).toBeNull();
    expect(row.milestones).toEqual([]);
  });

  it('the same A-number twice in the file, however written, names the first row', () => {
    const { rows } = run([
      ['A', 'B', 'A123456789', null, null, null, null, null, null, null],
      ['C', 'D', '123-456-789', null, null, null, null, null, null, null],
      ['E', 'F', 'A12345678', null, null, null, null, null, null, null],
      ['G', 'H', 'A012345678', null, null, null, null, null, null, null],
    ]);
    expect(rows.map((r) => r.problems.map((p) => `${p.code}:${p.message}`))).toEqual([[], ['DUPLICATE_IN_FILE:A-номер: the same A-number as row 2'], [], ['DUPLICATE_IN_FILE:A-номер: the same A-number as row 4']]);
  });

  it('asks for a date order when every n/n/yyyy date of a column could be read both ways, and reads it once chosen', () => {
    const cells: CellValue[][] = [['A', 'B', null, '3/4/1990', null, null, null, null, null, null], ['C', 'D', null, '5/6/1991', null, null, null, null, null, null]];
    const auto = run(cells);
    expect(auto.ambiguousDateColumns).toEqual(['Дата рождения']);
    expect(auto.rows[0].problems.map((p) => p.code)).toEqual(['AMBIGUOUS_DATE']);
    expect(run(cells, 'DMY').rows.map((r) => r.client.dateOfBirth)).toEqual(['1990-04-03', '1991-06-05']);
    expect(run(cells, 'MDY').rows.map((r) => r.client.dateOfBirth)).toEqual(['1990-03-04', '1991-05-06']);
  });

  it('one unambiguous date decides its column', () => {
    const { rows, ambiguousDateColumns } = run([['A', 'B', null, '3/4/1990', null, null, null, null, null, null], ['C', 'D', null, '25/6/1991', null, null, null, null, null, null]]);
    expect(ambiguousDateColumns).toEqual([]);
    expect(rows[0].client.dateOfBirth).toBe('1990-04-03');
  });

  it.each<[string, Record<string, string>]>([
    ['no first name column', { 1: 'lastName' }],
    ['a column the file does not have', { 0: 'firstName', 1: 'lastName', 12: 'email' }],
    ['a field mapped twice', { 0: 'firstName', 1: 'lastName', 2: 'email', 3: 'email' }],
    ['an unknown field', { 0: 'firstName', 1: 'lastName', 2: 'password' }],
  ])('refuses a mapping with %s', (_label, bad) => {
    expect(() => mapRows({ headers, rows: [] }, bad as never, 'auto', TODAY)).toThrow(MappingError);
  });
});
