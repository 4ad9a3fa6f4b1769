import { formatCount, formatDays, formatShare, formatWholeMonths, AVERAGE_MONTH_DAYS, periodBounds } from './format';
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
 * The key figures of a report as plain sentences, in the order the organization argues them (see the
 * domain guide): how long people wait from arrival to the right to work, how many waited past the
 * rules' 180 days, person-months without the right to work and how many of them by people with advanced
 * degrees, homelessness during the wait, qualifications, and what the proposed 365-day rule would do.
 * A suppressed figure gets a sentence saying so, never a number. Counts go through `smart_count` for
 * the plural forms (Russian has three).
 */
export function keyFindings(
  report: HardshipReport,
  translate: Translate,
  locale: string,
  comparison: { current?: HardshipReport; proposed?: HardshipReport } = {},
): Finding[] {
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.stats.report.sentences.${key}`, options);
  const min = report.anonymity.minCell;
  const { first: from, last: to } = periodBounds(report.period.from, report.period.to, locale);
  const days = (value: number) => formatDays(value, locale);
  const count = (value: number) => ({ smart_count: value, count: formatCount(value, locale) });
  const findings: Finding[] = [];
  const add = (figure: string, text: string) => findings.push({ figure, suppressed: false, text });
  const suppressed = (figure: string, labelKey: string) =>
    findings.push({ figure, suppressed: true, text: t('suppressed', { figure: translate(`app.stats.figures.${labelKey}`), min }) });
  const projected = report.scenario.id !== 'current' ? '_projected' : '';

  if (report.clients.suppressed || report.clients.count === null) suppressed('clients', 'clients');
  else add('clients', t('clients', { ...count(report.clients.count), from, to }));

  const arrival = report.waitArrivalToEadDays;
  if (arrival.suppressed || arrival.median === null) suppressed('waitArrivalToEadDays', 'wait_arrival');
  else {
    const months = Math.round(arrival.median / AVERAGE_MONTH_DAYS);
    add('waitArrivalToEadDays', t(`arrival${projected}`, { smart_count: months, months: formatWholeMonths(arrival.median, locale), days: days(arrival.median) }));
  }

  const wait = report.waitFiledToEadDays;
  if (wait.suppressed || wait.median === null || wait.p75 === null) suppressed('waitFiledToEadDays', 'wait_filed');
  else add('waitFiledToEadDays', t(`wait${projected}`, { days: days(wait.median), p75: days(wait.p75) }));

  const past = report.waitedPastRule;
  if (past.suppressed || past.count === null || past.share === null) suppressed('waitedPastRule', 'waited_past_rule');
  else add('waitedPastRule', t('past_rule', { ...count(past.count), share: formatShare(past.share, locale), days: report.rules.current.earliestGrantDays }));

  const months = report.personMonthsWithoutWork;
  if (months.suppressed || months.total === null) suppressed('personMonthsWithoutWork', 'person_months');
  else {
    let text = t('person_months', { smart_count: months.total, total: formatCount(months.total, locale) });
    if (months.advancedDegree !== null && months.advancedShare !== null) {
      text += ` ${t('person_months_advanced', { advanced: formatCount(months.advancedDegree, locale), share: formatShare(months.advancedShare, locale) })}`;
    }
    add('personMonthsWithoutWork', text);
  }

  const waiting = report.stillWaiting;
  if (waiting.suppressed || waiting.count === null || waiting.medianDaysSoFar === null) suppressed('stillWaiting', 'still_waiting');
  else add('stillWaiting', t('still_waiting', { ...count(waiting.count), days: days(waiting.medianDaysSoFar) }));

  const share = (figure: string, value: ShareFigure, sentence: string, labelKey: string) => {
    if (value.suppressed || value.share === null) suppressed(figure, labelKey);
    else add(figure, t(sentence, { share: formatShare(value.share, locale) }));
  };
  share('everHomelessDuringWait', report.everHomelessDuringWait, 'homeless', 'ever_homeless');
  share('unshelteredDuringWait', report.unshelteredDuringWait, 'unsheltered', 'unsheltered');
  share('hostPlacementDuringWait', report.hostPlacementDuringWait, 'host_placement', 'host_placement');
  const degree = report.advancedDegree;
  const english = report.workingEnglish;
  if (!degree.suppressed && degree.share !== null && !english.suppressed && english.share !== null) {
    add('advancedDegree', t('degree_and_english', { degree: formatShare(degree.share, locale), english: formatShare(english.share, locale) }));
  } else {
    share('advancedDegree', degree, 'advanced_degree', 'advanced_degree');
    share('workingEnglish', english, 'working_english', 'working_english');
  }

  const { current, proposed } = comparison;
  if (current && proposed) {
    const a = current.waitFiledToEadDays;
    const b = proposed.waitFiledToEadDays;
    if (!a.suppressed && !b.suppressed && a.median !== null && b.median !== null) {
      const rules = report.rules;
      add(
        'scenarioComparison',
        t(rules.proposed.decisionDays === rules.current.decisionDays ? 'proposed_same_decision' : 'proposed', {
          mayFile: rules.proposed.mayFileAfterDays,
          mayFileNow: rules.current.mayFileAfterDays,
          decision: rules.proposed.decisionDays,
          decisionNow: rules.current.decisionDays,
          current: days(a.median),
          proposed: days(b.median),
        }),
      );
    }
  }
  return findings;
}
