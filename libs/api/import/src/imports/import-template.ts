import ExcelJS from 'exceljs';
import { IMPORT_FIELDS, type ImportField } from '@ct/contracts';

/** The template's column titles: each one maps back to its field by the header synonyms. */
export const TEMPLATE_HEADERS: Record<'en' | 'ru', Record<ImportField, string>> = {
  en: {
    firstName: 'First name', lastName: 'Last name', aNumber: 'A-number', dateOfBirth: 'Date of birth', email: 'Email', phone: 'Phone',
    languages: 'Languages', educationLevel: 'Education', englishLevel: 'English level', profession: 'Profession', householdSize: 'Household size', region: 'Region',
    chosenName: 'Chosen name', pronouns: 'Pronouns', attorney: 'Attorney', asylumOffice: 'Asylum office or court', interpreterLanguage: 'Interpreter language', contactChannel: 'Contact channel', contactHandle: 'Contact handle',
    caseKind: 'Case type', arrivedOn: 'Arrival date', i589FiledOn: 'I-589 filed', eadAppliedOn: 'I-765 filed', eadApprovedOn: 'Work permit approved', interviewOn: 'Interview date',
  },
  ru: {
    firstName: 'Имя', lastName: 'Фамилия', aNumber: 'А-номер', dateOfBirth: 'Дата рождения', email: 'Электронная почта', phone: 'Телефон',
    languages: 'Языки', educationLevel: 'Образование', englishLevel: 'Уровень английского', profession: 'Профессия', householdSize: 'Размер семьи', region: 'Регион',
    chosenName: 'Выбранное имя', pronouns: 'Местоимения', attorney: 'Адвокат', asylumOffice: 'Офис убежища или суд', interpreterLanguage: 'Язык переводчика', contactChannel: 'Способ связи', contactHandle: 'Контакт в мессенджере',
    caseKind: 'Тип дела', arrivedOn: 'Дата въезда', i589FiledOn: 'Дата подачи I-589', eadAppliedOn: 'Дата подачи I-765', eadApprovedOn: 'Разрешение на работу одобрено', interviewOn: 'Дата интервью',
  },
};

const DATE_FIELDS: ImportField[] = ['dateOfBirth', 'arrivedOn', 'i589FiledOn', 'eadAppliedOn', 'eadApprovedOn', 'interviewOn'];

export function templateCsv(lang: 'en' | 'ru'): string {
  return `\uFEFF${IMPORT_FIELDS.map((f) => TEMPLATE_HEADERS[lang][f]).join(',')}\r\n`;
}

/** An empty workbook with the titles, date columns formatted as dates and A-numbers as text. */
export async function templateXlsx(lang: 'en' | 'ru'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'ru' ? 'Клиенты' : 'Clients', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((f) => ({
    header: TEMPLATE_HEADERS[lang][f],
    key: f,
    width: Math.max(14, TEMPLATE_HEADERS[lang][f].length + 2),
    style: DATE_FIELDS.includes(f) ? { numFmt: lang === 'ru' ? 'dd.mm.yyyy' : 'yyyy-mm-dd' } : f === 'aNumber' || f === 'phone' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
