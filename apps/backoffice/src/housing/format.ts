import { formatDay } from '../common/days';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Language codes as names in the UI language ("Russian, English"); unknown codes stay as they are. */
export function languageNames(codes: readonly string[] | null | undefined, translate: Translate): string {
  return (codes ?? []).map((code) => translate(`app.languages.${code}`, { _: code })).join(', ');
}

/** "Jun 4, 2026 → Oct 2, 2026", or "from Jun 4, 2026, no end date" for an open-ended period. */
export function formatPeriod(from: string, until: string | null | undefined, locale: string, translate: Translate, style: 'short' | 'long' = 'short'): string {
  return until
    ? translate('app.housing_common.period', { from: formatDay(from, locale, style), to: formatDay(until, locale, style) })
    : translate('app.housing_common.open_ended', { from: formatDay(from, locale, style) });
}

/** The calendar day of an instant (e.g. a record's `createdAt`) on this computer, in the UI language. */
export function formatInstantDay(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}
