import type { ImportRowResult } from '@ct/contracts';

const KEPT_PARAMS = ['row', 'otherType', 'threshold'];

/**
 * What is kept of a row's result after the import: outcome, codes, column titles, the created client.
 * Messages and params that quote the file's values (dates) are dropped.
 */
export function storedResult(r: ImportRowResult): ImportRowResult {
  return {
    ...r,
    problems: r.problems.map(({ params, ...p }) => {
      const kept = Object.entries(params ?? {}).filter(([k]) => KEPT_PARAMS.includes(k));
      return { ...p, message: '', ...(kept.length ? { params: Object.fromEntries(kept) } : {}) };
    }),
  };
}

const TEXT = {
  en: { row: 'Row', outcome: 'Outcome', client: 'Client code', kind: 'Case', milestones: 'Milestones', problems: 'Problems', create: 'created', skip: 'skipped', error: 'error' },
  ru: { row: 'Строка', outcome: 'Результат', client: 'Код клиента', kind: 'Дело', milestones: 'Этапы', problems: 'Замечания', create: 'создан', skip: 'пропущена', error: 'ошибка' },
} as const;

const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The import's report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic): one line
 * per row with its outcome, the created client's pseudonymous code and the problem codes with their columns.
 * It repeats no value of the file.
 */
export function reportCsv(rows: ImportRowResult[], lang: 'en' | 'ru'): string {
  const t = TEXT[lang];
  const lines = [[t.row, t.outcome, t.client, t.kind, t.milestones, t.problems].join(',')];
  for (const r of rows) {
    const outcome = r.outcome === 'create' ? t.create : r.outcome === 'skip' ? t.skip : t.error;
    const problems = r.problems.map((p) => `${p.severity === 'error' ? '!' : ''}${p.code}${p.column ? ` (${p.column})` : ''}`).join('; ');
    lines.push([String(r.row), outcome, r.clientCode ?? '', r.outcome === 'create' ? (r.creates.caseKind ?? '') : '', r.outcome === 'create' ? r.creates.milestones.join(' ') : '', problems].map(quote).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
