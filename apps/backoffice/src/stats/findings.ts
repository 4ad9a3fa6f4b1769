import { formatCount, formatDays, formatMonth, formatMonths, formatShare } from './format';
import type { HardshipReport, ShareFigure } from './types';

/** react-admin's `translate`. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Finding {
  /** The API figure the sentence is about. */
  figure: string;
  text: string;
  suppressed: boolean;
}

/**
 * The key figures of a report as plain sentences for the advocacy report ("Half of the 120 asylum
 * seekers who filed between … waited more than 270 days …"). A suppressed figure gets a sentence
 * saying so, never a number.
 */
export function keyFindings(
  report: HardshipReport,
  translate: Translate,
  locale: string,
  comparison: { current?: HardshipReport; proposed?: HardshipReport } = {},
): Finding[] {
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.stats.report.sentences.${key}`, options);
  const min = report.anonymity.minCell;
  const from = formatMonth(report.period.from, locale);
  const to = formatMonth(report.period.to, locale);
  const days = (value: number) => formatDays(value, locale);
  const findings: Finding[] = [];
  const suppressed = (figure: string, labelKey: string) =>
    findings.push({ figure, suppressed: true, text: t('suppressed', { figure: translate(`app.stats.figures.${labelKey}`), min }) });

  if (report.clients.suppressed || report.clients.count === null) suppressed('clients', 'clients');
  else findings.push({ figure: 'clients', suppressed: false, text: t('clients', { count: formatCount(report.clients.count, locale), from, to }) });

  // Under the proposed rule the waits are a projection: said so in every sentence that quotes one.
  const projected = report.scenario.id !== 'current' ? '_projected' : '';
  const wait = report.waitFiledToEadDays;
  if (wait.suppressed || wait.median === null || wait.n === null) suppressed('waitFiledToEadDays', 'wait_filed');
  else {
    let text = t(`wait${projected}`, { n: formatCount(wait.n, locale), from, to, median: days(wait.median), months: formatMonths(wait.median, locale) });
    if (wait.p75 !== null && wait.p90 !== null) text += ` ${t(`wait_tail${projected}`, { p75: days(wait.p75), p90: days(wait.p90) })}`;
    findings.push({ figure: 'waitFiledToEadDays', suppressed: false, text });
  }

  const { current, proposed } = comparison;
  if (current && proposed) {
    const a = current.waitFiledToEadDays;
    const b = proposed.waitFiledToEadDays;
    if (!a.suppressed && !b.suppressed && a.median !== null && b.median !== null) {
      findings.push({ figure: 'scenarioComparison', suppressed: false, text: t('proposed', { current: days(a.median), proposed: days(b.median) }) });
    }
  }

  const arrival = report.waitArrivalToEadDays;
  if (arrival.suppressed || arrival.median === null) suppressed('waitArrivalToEadDays', 'wait_arrival');
  else findings.push({ figure: 'waitArrivalToEadDays', suppressed: false, text: t(`wait_arrival${projected}`, { median: days(arrival.median) }) });

  const waiting = report.stillWaiting;
  if (waiting.suppressed || waiting.count === null || waiting.medianDaysSoFar === null) suppressed('stillWaiting', 'still_waiting');
  else findings.push({ figure: 'stillWaiting', suppressed: false, text: t('still_waiting', { count: formatCount(waiting.count, locale), days: days(waiting.medianDaysSoFar) }) });

  const share = (figure: string, value: ShareFigure, sentence: string, labelKey: string) => {
    if (value.suppressed || value.share === null) suppressed(figure, labelKey);
    else findings.push({ figure, suppressed: false, text: t(sentence, { share: formatShare(value.share, locale) }) });
  };
  share('everHomelessDuringWait', report.everHomelessDuringWait, 'homeless', 'ever_homeless');
  share('unshelteredDuringWait', report.unshelteredDuringWait, 'unsheltered', 'unsheltered');
  share('hostPlacementDuringWait', report.hostPlacementDuringWait, 'host_placement', 'host_placement');
  share('advancedDegree', report.advancedDegree, 'advanced_degree', 'advanced_degree');
  share('workingEnglish', report.workingEnglish, 'working_english', 'working_english');
  return findings;
}
