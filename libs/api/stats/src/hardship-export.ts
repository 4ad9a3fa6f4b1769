/**
 * The hardship report as tables a spreadsheet opens cleanly: one row per period (the whole period,
 * then each bucket), readable headers in English or Russian. The CSV puts every table side by side in
 * one sheet; the workbook (hardship-xlsx.ts) gives each table its own sheet. Suppressed figures are
 * empty cells; shares are percentages with one decimal.
 */
import { HISTOGRAM_BINS } from '@ct/domain';
import { HOUSING_CATEGORIES, SUPPORT_NEED_CATEGORIES } from '@ct/contracts';
import type { HardshipFigures, HardshipReport, TableFigure } from './hardship-report';
import { OUTCOMES } from './hardship.sql';

export type ExportLang = 'en' | 'ru';
export const EXPORT_LANGS = ['en', 'ru'] as const;
type Cell = string | number | null;

export interface ExportTable {
  /** Sheet name (at most 31 characters, as spreadsheet programs require). */
  name: string;
  header: string[];
  rows: Cell[][];
}

const L = {
  en: {
    period: 'Period',
    from: 'From',
    to: 'To',
    all: 'Whole period',
    summary: 'Summary',
    clients: 'Clients counted',
    filed: 'Wait from I-589 filing to work permit',
    arrival: 'Wait from arrival to work permit',
    people: 'people',
    median: 'median, days',
    p25: '25th percentile, days',
    p75: '75th percentile, days',
    p90: '90th percentile, days',
    stillWaiting: 'Still waiting for a work permit',
    daysSoFar: 'median days so far',
    pastRule: 'Waited longer than the rules allow before a permit may be granted',
    personMonths: 'Person-months without the right to work',
    personMonthsAdvanced: "of which by people with a master's degree or doctorate",
    clockStops: 'Clock stopped during the wait',
    daysLost: 'Days lost to clock stops',
    homeless: 'Homeless or in a shelter during the wait',
    unsheltered: 'Street or car during the wait',
    shelter: 'Emergency shelter during the wait',
    host: 'Placed with a host during the wait',
    advanced: "Master's degree or doctorate",
    english: 'Working English (B2 or above)',
    share: '%',
    filedHistogram: 'Months from filing to permit',
    arrivalHistogram: 'Months from arrival to permit',
    months: 'months',
    housing: 'Housing during the wait',
    needs: 'Support needs',
    outcomes: 'Outcomes',
    professions: 'Professions',
    housingKeys: { street: 'Street', car: 'Car', emergency_shelter: 'Emergency shelter', temporary_with_friends: 'With friends or family', host_placement: 'Host placement', rental: 'Own rental', other: 'Other' },
    needKeys: { housing: 'Housing', food: 'Food', medical: 'Medical', mental_health: 'Mental health', legal: 'Legal', financial: 'Financial', employment: 'Employment', language: 'Language', transport: 'Transport' },
    outcomeKeys: { granted: 'Asylum granted', referred: 'Referred to court', denied: 'Denied', pending: 'Pending' },
    other: 'Other professions',
    notRecorded: 'Not recorded',
    about: 'About these figures',
    aboutLines: [
      'Clients are counted by the calendar quarter in which their asylum application (I-589) was filed. People who asked not to be counted are left out.',
      'To protect anonymity, every count carries a small random adjustment (at most 3 per quarter, zero on average); empty cells are figures based on too few people to publish.',
      'Durations are in whole weeks. Medians and percentiles are given only when at least 20 people are behind them (the 90th percentile: 50).',
    ],
  },
  ru: {
    period: 'Период',
    from: 'С',
    to: 'По',
    all: 'Весь период',
    summary: 'Сводка',
    clients: 'Учтено клиентов',
    filed: 'Ожидание от подачи I-589 до разрешения на работу',
    arrival: 'Ожидание от прибытия до разрешения на работу',
    people: 'человек',
    median: 'медиана, дней',
    p25: '25-й процентиль, дней',
    p75: '75-й процентиль, дней',
    p90: '90-й процентиль, дней',
    stillWaiting: 'Всё ещё ждут разрешения на работу',
    daysSoFar: 'медиана дней ожидания на сегодня',
    pastRule: 'Ждали дольше срока, после которого по правилам можно выдать разрешение',
    personMonths: 'Человеко-месяцы без права на работу',
    personMonthsAdvanced: 'из них у людей с магистратурой или учёной степенью',
    clockStops: 'Отсчёт останавливался во время ожидания',
    daysLost: 'Дни, потерянные из-за остановок отсчёта',
    homeless: 'Без жилья или в приюте во время ожидания',
    unsheltered: 'На улице или в машине во время ожидания',
    shelter: 'В экстренном приюте во время ожидания',
    host: 'Жили у принимающей стороны во время ожидания',
    advanced: 'Магистратура или учёная степень',
    english: 'Рабочий английский (B2 и выше)',
    share: '%',
    filedHistogram: 'Месяцев от подачи до разрешения',
    arrivalHistogram: 'Месяцев от прибытия до разрешения',
    months: 'мес.',
    housing: 'Жильё во время ожидания',
    needs: 'Потребности в помощи',
    outcomes: 'Итоги',
    professions: 'Профессии',
    housingKeys: { street: 'Улица', car: 'Машина', emergency_shelter: 'Экстренный приют', temporary_with_friends: 'У друзей или родных', host_placement: 'У принимающей стороны', rental: 'Своя аренда', other: 'Другое' },
    needKeys: { housing: 'Жильё', food: 'Питание', medical: 'Медицина', mental_health: 'Психологическая помощь', legal: 'Юридическая помощь', financial: 'Деньги', employment: 'Работа', language: 'Язык', transport: 'Транспорт' },
    outcomeKeys: { granted: 'Убежище предоставлено', referred: 'Передано в суд', denied: 'Отказ', pending: 'На рассмотрении' },
    other: 'Другие профессии',
    notRecorded: 'Не указана',
    about: 'Об этих данных',
    aboutLines: [
      'Клиенты учтены по кварталу, в котором подано их ходатайство об убежище (I-589). Те, кто просил их не учитывать, не учтены.',
      'Для защиты анонимности к каждому числу добавлена небольшая случайная поправка (не больше 3 за квартал, в среднем ноль); пустые ячейки — показатели, основанные на слишком малом числе людей.',
      'Сроки даны в целых неделях. Медианы и процентили приводятся, только если за ними стоят не меньше 20 человек (90-й процентиль — 50).',
    ],
  },
} as const;

type Labels = (typeof L)[ExportLang];
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

interface Period {
  label: string;
  from: string;
  to: string;
  figures: HardshipFigures;
}

function periods(report: HardshipReport, t: Labels): Period[] {
  return [{ label: t.all, from: report.period.from, to: report.period.to, figures: report }, ...report.buckets.map((b) => ({ label: b.label, from: b.from, to: b.to, figures: b }))];
}

function summary(report: HardshipReport, t: Labels): ExportTable {
  const header: string[] = [t.period, t.from, t.to, t.clients];
  const wait = (name: string) => [`${name}: ${t.people}`, `${name}: ${t.median}`, `${name}: ${t.p25}`, `${name}: ${t.p75}`, `${name}: ${t.p90}`];
  const share = (name: string) => [name, `${name}, ${t.share}`];
  header.push(...wait(t.filed), ...wait(t.arrival), t.stillWaiting, `${t.stillWaiting}: ${t.daysSoFar}`);
  header.push(...share(t.pastRule), t.personMonths, `${t.personMonths}: ${t.personMonthsAdvanced}`);
  header.push(...share(t.clockStops), `${t.daysLost}: ${t.median}`);
  header.push(...share(t.homeless), ...share(t.unsheltered), ...share(t.shelter), ...share(t.host), ...share(t.advanced), ...share(t.english));
  const rows = periods(report, t).map(({ label, from, to, figures: f }) => {
    const w = (d: HardshipFigures['waitFiledToEadDays']) => [d.n, d.median, d.p25, d.p75, d.p90];
    const s = (x: { count: number | null; share: number | null }) => [x.count, pct(x.share)];
    return [
      label,
      from,
      to,
      f.clients.count,
      ...w(f.waitFiledToEadDays),
      ...w(f.waitArrivalToEadDays),
      f.stillWaiting.count,
      f.stillWaiting.medianDaysSoFar,
      ...s(f.waitedPastRule),
      f.personMonthsWithoutWork.total,
      f.personMonthsWithoutWork.advancedDegree,
      ...s(f.clockStops),
      f.daysLostToStops.median,
      ...s(f.everHomelessDuringWait),
      ...s(f.unshelteredDuringWait),
      ...s(f.shelterDuringWait),
      ...s(f.hostPlacementDuringWait),
      ...s(f.advancedDegree),
      ...s(f.workingEnglish),
    ];
  });
  return { name: t.summary, header, rows };
}

/** One table of the report as columns: a count per key, one row per period. */
function keyed(report: HardshipReport, t: Labels, name: string, pick: (f: HardshipFigures) => TableFigure, keys: readonly string[], label: (key: string) => string): ExportTable {
  return {
    name,
    header: [t.period, t.from, t.to, ...keys.map((k) => `${name}: ${label(k)}`)],
    rows: periods(report, t).map(({ label: p, from, to, figures }) => {
      const cells = new Map(pick(figures).cells.map((c) => [c.key, c.count]));
      return [p, from, to, ...keys.map((k) => cells.get(k) ?? null)];
    }),
  };
}

/** Every table of the report, in the chosen language. */
export function exportTables(report: HardshipReport, lang: ExportLang): ExportTable[] {
  const t = L[lang];
  const bins = HISTOGRAM_BINS.map((b) => b.key);
  const professionKeys = [...new Set(periods(report, t).flatMap((p) => p.figures.topProfessions.cells.map((c) => c.key)))];
  const professionLabel = (k: string) => (k === '(other)' ? t.other : k === '(not recorded)' ? t.notRecorded : k);
  return [
    summary(report, t),
    keyed(report, t, t.filedHistogram, (f) => f.waitFiledToEadDays.histogram, bins, (k) => `${k} ${t.months}`),
    keyed(report, t, t.arrivalHistogram, (f) => f.waitArrivalToEadDays.histogram, bins, (k) => `${k} ${t.months}`),
    keyed(report, t, t.housing, (f) => f.housingDuringWait, HOUSING_CATEGORIES, (k) => t.housingKeys[k as keyof Labels['housingKeys']]),
    keyed(report, t, t.needs, (f) => f.supportNeeds, SUPPORT_NEED_CATEGORIES, (k) => t.needKeys[k as keyof Labels['needKeys']]),
    keyed(report, t, t.outcomes, (f) => f.outcomes, OUTCOMES, (k) => t.outcomeKeys[k as keyof Labels['outcomeKeys']]),
    keyed(report, t, t.professions, (f) => f.topProfessions, professionKeys, professionLabel),
  ];
}

export function aboutLines(lang: ExportLang): { title: string; lines: readonly string[] } {
  return { title: L[lang].about, lines: L[lang].aboutLines };
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  // Text a spreadsheet would run as a formula (=, +, -, @ at the start) is defused with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV: a byte-order mark (so that spreadsheet programs read the Cyrillic as UTF-8), then one header
 * line and one line per period, every table side by side (the first three columns of each later table,
 * period/from/to, are not repeated).
 */
export function hardshipCsv(report: HardshipReport, lang: ExportLang): string {
  const [first, ...rest] = exportTables(report, lang);
  const header = [...first.header, ...rest.flatMap((t) => t.header.slice(3))];
  const rows = first.rows.map((row, i) => [...row, ...rest.flatMap((t) => t.rows[i].slice(3))]);
  return '\uFEFF' + [header, ...rows].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
