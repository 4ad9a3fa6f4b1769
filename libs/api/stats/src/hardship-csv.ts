/**
 * The hardship report as CSV, in long format (one value per line) so that it opens in any
 * spreadsheet and pivots easily:  bucket,figure,key,measure,value
 *   - bucket: "all" for the whole period, else the bucket label ("2025", "2025-Q2");
 *   - figure: the JSON property ("waitFiledToEadDays", "outcomes", "waitFiledToEadDays.histogram");
 *   - key: the table cell ("granted", "7", "nurse"), empty for single figures;
 *   - measure: the JSON property of the figure or cell ("median", "count", "share", "suppressed");
 *   - value: empty where the JSON has null.
 * The first lines (bucket "report") carry the period and options. Definitions are left to the JSON.
 * Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is prefixed with an apostrophe.
 */
import type { HardshipFigures, HardshipReport, TableFigure } from './hardship-report';

type Value = string | number | boolean | null;
type Line = [bucket: string, figure: string, key: string, measure: string, value: Value];

const FIGURES: (keyof HardshipFigures)[] = [
  'clients',
  'waitFiledToEadDays',
  'waitArrivalToEadDays',
  'stillWaiting',
  'clockStops',
  'daysLostToStops',
  'everHomelessDuringWait',
  'unshelteredDuringWait',
  'shelterDuringWait',
  'hostPlacementDuringWait',
  'housingDuringWait',
  'advancedDegree',
  'workingEnglish',
  'topProfessions',
  'supportNeeds',
  'outcomes',
];

function isTable(value: unknown): value is TableFigure {
  return typeof value === 'object' && value !== null && Array.isArray((value as TableFigure).cells);
}

function tableLines(bucket: string, figure: string, table: TableFigure): Line[] {
  const lines: Line[] = [];
  if (table.total) {
    lines.push([bucket, figure, '', 'total', table.total.count], [bucket, figure, '', 'totalSuppressed', table.total.suppressed]);
  }
  for (const cell of table.cells) {
    lines.push([bucket, figure, cell.key, 'count', cell.count], [bucket, figure, cell.key, 'share', cell.share], [bucket, figure, cell.key, 'suppressed', cell.suppressed]);
  }
  return lines;
}

function figureLines(bucket: string, figures: HardshipFigures): Line[] {
  const lines: Line[] = [];
  for (const name of FIGURES) {
    const figure = figures[name];
    if (isTable(figure)) {
      lines.push(...tableLines(bucket, name, figure));
      continue;
    }
    for (const [measure, value] of Object.entries(figure)) {
      if (isTable(value)) lines.push(...tableLines(bucket, `${name}.${measure}`, value));
      else lines.push([bucket, name, '', measure, value as Value]);
    }
  }
  return lines;
}

function cell(value: Value): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function hardshipCsv(report: HardshipReport): string {
  const meta: Line[] = [
    ['report', 'period', '', 'from', report.period.from],
    ['report', 'period', '', 'to', report.period.to],
    ['report', 'period', '', 'months', report.period.months],
    ['report', 'split', '', 'value', report.split],
    ['report', 'scenario', '', 'id', report.scenario.id],
    ['report', 'scenario', '', 'ruleSet', report.scenario.ruleSet],
    ['report', 'asOfMonth', '', 'value', report.asOfMonth],
    ['report', 'anonymity', '', 'minCell', report.anonymity.minCell],
    ['report', 'anonymity', '', 'countsRoundedTo', report.anonymity.countsRoundedTo],
  ];
  const lines: Line[] = [...meta, ...figureLines('all', report)];
  for (const bucket of report.buckets) {
    lines.push(
      [bucket.label, 'bucket', '', 'from', bucket.from],
      [bucket.label, 'bucket', '', 'to', bucket.to],
      [bucket.label, 'bucket', '', 'partial', bucket.partial],
      ...figureLines(bucket.label, bucket),
    );
  }
  return ['bucket,figure,key,measure,value', ...lines.map((line) => line.map(cell).join(','))].join('\r\n') + '\r\n';
}
