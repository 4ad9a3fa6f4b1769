import type { Explanation } from '@ct/contracts';
import { formatDay, isDay } from '../common/days';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Thrown when params are not what a code promises: the API's own English text is shown instead. */
class UnexpectedParams extends Error {}

/**
 * A computed date's explanation in the UI language. English shows the API's text as is; other languages
 * are built from `code` and `params` (dates and day counts formatted for the language). An unknown code,
 * or params that do not fit it, fall back to the English text rather than showing something wrong.
 */
export function explain(explanation: Explanation, translate: Translate, locale: string): string {
  if (locale === 'en') return explanation.text;
  try {
    return new Explainer(explanation, translate, locale).run() ?? explanation.text;
  } catch (error) {
    if (error instanceof UnexpectedParams) return explanation.text;
    throw error;
  }
}

class Explainer {
  private readonly p: Record<string, unknown>;

  constructor(
    private readonly e: Explanation,
    private readonly translate: Translate,
    private readonly locale: string,
  ) {
    this.p = e.params ?? {};
  }

  private day(name: string, params: Record<string, unknown> = this.p): string {
    const value = params[name];
    if (!isDay(value)) throw new UnexpectedParams(name);
    return formatDay(value, this.locale, 'long');
  }

  private optionalDay(name: string, params: Record<string, unknown> = this.p): string | null {
    return params[name] == null ? null : this.day(name, params);
  }

  private num(name: string, params: Record<string, unknown> = this.p): number {
    const value = params[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new UnexpectedParams(name);
    return value;
  }

  private days(n: number): string {
    return this.translate('app.units.days', { smart_count: n });
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate(`app.explanations.${key}`, { ...params, _: this.e.text });
  }

  /** "no stops" / "plus 30 stopped days". */
  private stops(stoppedDays: number, joiner: 'plus' | 'minus'): string {
    return stoppedDays === 0 ? this.t('stops.none') : this.t(`stops.${joiner}`, { days: this.days(stoppedDays) });
  }

  /** "a Saturday (Independence Day)", "a federal holiday (Juneteenth)". */
  private nonBusinessDay(value: unknown): string {
    if (typeof value !== 'object' || value === null) throw new UnexpectedParams('skipped');
    const { reason, holidayId } = value as { reason?: unknown; holidayId?: unknown };
    if (reason !== 'SATURDAY' && reason !== 'SUNDAY' && reason !== 'FEDERAL_HOLIDAY') throw new UnexpectedParams('reason');
    const holiday = typeof holidayId === 'string' ? this.translate(`app.explanations.holidays.${holidayId}`, { _: holidayId }) : null;
    const base = this.t(`non_business_days.${reason}`);
    return holiday ? this.t('non_business_days.with_holiday', { day: base, holiday }) : base;
  }

  run(): string | null {
    switch (this.e.field) {
      case 'oneYearDeadline':
        return this.oneYearDeadline();
      case 'clockStartedOn':
      case 'clockDays':
      case 'clockStoppedDays':
        return this.clock();
      case 'eadMayFileOn':
      case 'eadEarliestGrantOn':
        return this.target();
      case 'eadDecisionDueOn':
        return this.decision();
      case 'eadInHandOn':
        return this.inHand();
      case 'daysWithoutWorkAuthorization':
      case 'daysWithoutWorkAuthorizationSinceArrival':
        return this.wait();
      case 'workAuthorizedOn':
      case 'permitExpiresOn':
      case 'renewalMayFileOn':
      case 'annualFeeDueOn':
        return this.deadlines();
      default:
        return null;
    }
  }

  private oneYearDeadline(): string | null {
    const judge = this.optionalDay('judgeDeadlineOn');
    const judgeLater = judge ? this.t('oneYearDeadline.judge_later', { date: judge }) : '';
    switch (this.e.code) {
      case 'ARRIVAL_UNKNOWN':
        return this.t('oneYearDeadline.ARRIVAL_UNKNOWN');
      case 'DEADLINE_SET_BY_JUDGE': {
        const statutory = this.optionalDay('statutoryDeadline');
        return statutory
          ? this.t('oneYearDeadline.DEADLINE_SET_BY_JUDGE', { date: this.day('judgeDeadlineOn'), statutoryDeadline: statutory })
          : this.t('oneYearDeadline.DEADLINE_SET_BY_JUDGE_NO_ARRIVAL', { date: this.day('judgeDeadlineOn') });
      }
      case 'DEADLINE_ANNIVERSARY':
      case 'DEADLINE_MOVED_TO_BUSINESS_DAY': {
        const dates = { date: this.day('date'), arrivalOn: this.day('arrivalOn'), anniversary: this.day('anniversary') };
        const base = this.p['feb29Arrival'] === true ? this.t('oneYearDeadline.feb29', dates) : this.t('oneYearDeadline.after_arrival', dates);
        if (this.e.code === 'DEADLINE_ANNIVERSARY') return this.t('oneYearDeadline.DEADLINE_ANNIVERSARY', { ...dates, base, judgeLater });
        const skipped = this.p['skipped'];
        if (!Array.isArray(skipped) || skipped.length === 0) throw new UnexpectedParams('skipped');
        const [first, ...rest] = skipped as Record<string, unknown>[];
        const later = rest
          .filter((d) => d['reason'] === 'FEDERAL_HOLIDAY')
          .map((d) => this.t('oneYearDeadline.then', { date: this.day('date', d), day: this.nonBusinessDay(d) }))
          .join('');
        const lead = this.p['feb29Arrival'] === true ? `${base}; ` : '';
        return this.t('oneYearDeadline.DEADLINE_MOVED_TO_BUSINESS_DAY', { ...dates, lead, day: this.nonBusinessDay(first), later, judgeLater });
      }
      default:
        return null;
    }
  }

  private clock(): string | null {
    const field = this.e.field;
    if (this.e.code === 'CLOCK_NOT_STARTED') return this.t(`${field}.CLOCK_NOT_STARTED`);
    if (field === 'clockStartedOn' && this.e.code === 'CLOCK_STARTED') {
      const referred = this.optionalDay('referredToCourtOn');
      const text = this.t('clockStartedOn.CLOCK_STARTED', { date: this.day('date') });
      return referred ? text + this.t('clockStartedOn.referred', { date: referred }) : text;
    }
    if (field === 'clockDays' && this.e.code === 'CLOCK_DAYS') {
      const since = this.optionalDay('stoppedSince');
      return this.t('clockDays.CLOCK_DAYS', {
        clockDays: this.days(this.num('clockDays')),
        asOf: this.day('asOf'),
        elapsed: this.days(this.num('elapsedDays')),
        startedOn: this.day('startedOn'),
        stops: this.stops(this.num('stoppedDays'), 'minus'),
        stoppedSince: since ? this.t('clockDays.stopped_since', { date: since }) : '',
      });
    }
    if (field === 'clockStoppedDays' && this.e.code === 'CLOCK_STOPPED_DAYS') {
      const stops = this.p['stops'];
      if (!Array.isArray(stops)) throw new UnexpectedParams('stops');
      if (stops.length === 0) return this.t('clockStoppedDays.none');
      const list = (stops as Record<string, unknown>[]).map((s) =>
        s['to'] == null
          ? this.t('clockStoppedDays.open_period', { from: this.day('from', s) })
          : this.t('clockStoppedDays.period', { from: this.day('from', s), to: this.day('to', s) }),
      );
      return this.t('clockStoppedDays.CLOCK_STOPPED_DAYS', { days: this.days(this.num('stoppedDays')), list: list.join(', ') });
    }
    return null;
  }

  private target(): string | null {
    const field = this.e.field;
    switch (this.e.code) {
      case 'CLOCK_NOT_STARTED':
        return this.t('target.CLOCK_NOT_STARTED');
      case 'CLOCK_STOPPED':
        return this.t('target.CLOCK_STOPPED', {
          stoppedSince: this.day('stoppedSince'),
          clockDaysAtStop: this.num('clockDaysAtStop'),
          requiredDays: this.days(this.num('requiredDays')),
        });
      case 'EAD_MAY_FILE':
      case 'EAD_EARLIEST_GRANT':
        return this.t(`${field}.${this.e.code}`, {
          date: this.day('date'),
          requiredDays: this.days(this.num('requiredDays')),
          startedOn: this.day('startedOn'),
          stops: this.stops(this.num('stoppedDays'), 'plus'),
        });
      default:
        return null;
    }
  }

  private decision(): string | null {
    switch (this.e.code) {
      case 'EAD_NOT_APPLIED':
        return this.t('eadDecisionDueOn.EAD_NOT_APPLIED', { asOf: this.day('asOf') });
      case 'CLOCK_STOPPED':
        return this.t('eadDecisionDueOn.CLOCK_STOPPED', { appliedOn: this.day('appliedOn'), stoppedSince: this.day('stoppedSince') });
      case 'CLOCK_NOT_STARTED':
        return this.t('eadDecisionDueOn.CLOCK_NOT_STARTED', { appliedOn: this.day('appliedOn') });
      case 'EAD_DECISION_DUE': {
        const boundBy = this.p['boundBy'] === 'earliestGrant' ? 'earliest_grant' : 'receipt';
        return this.t(`eadDecisionDueOn.EAD_DECISION_DUE.${boundBy}`, {
          date: this.day('date'),
          appliedOn: this.day('appliedOn'),
          decisionDays: this.days(this.num('decisionDays')),
        });
      }
      default:
        return null;
    }
  }

  private inHand(): string | null {
    switch (this.e.code) {
      case 'EAD_CARD_RECEIVED':
      case 'EAD_APPROVED':
        return this.t(`eadInHandOn.${this.e.code}`, { date: this.day('date') });
      case 'EAD_NOT_IN_HAND':
        return this.t('eadInHandOn.EAD_NOT_IN_HAND', { asOf: this.day('asOf') });
      default:
        return null;
    }
  }

  /** Permit, renewal, annual fee and work authorization: each param is a day, a day count or a number. */
  private deadlines(): string | null {
    const field = this.e.field;
    const code = this.e.code;
    const params: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(this.p)) {
      if (value === null || value === undefined) continue;
      if (name === 'windowDays' || name === 'dueDays') params[name] = this.days(this.num(name));
      else if (isDay(value)) params[name] = this.day(name);
      else if (typeof value === 'number') params[name] = value;
    }
    const granted = field === 'permitExpiresOn' && this.p['grantedOn'] ? this.t('permitExpiresOn.granted', params) : '';
    const text = this.t(`${field}.${code}`, params);
    return text === this.e.text || text === `app.explanations.${field}.${code}` ? null : text + granted;
  }

  private wait(): string | null {
    const field = this.e.field;
    switch (this.e.code) {
      case 'CLOCK_NOT_STARTED':
      case 'ARRIVAL_UNKNOWN':
        return this.t(`${field}.${this.e.code}`);
      case 'WAIT_ENDED':
        return this.t(`${field}.WAIT_ENDED`, {
          days: this.days(this.num('days')),
          from: this.day('from'),
          to: this.day('to'),
          how: this.t(this.p['by'] === 'ASYLUM_GRANTED' ? 'wait_ended_by.ASYLUM_GRANTED' : 'wait_ended_by.EAD'),
        });
      case 'WAIT_ONGOING':
        return this.t(`${field}.WAIT_ONGOING`, { days: this.days(this.num('days')), from: this.day('from'), asOf: this.day('asOf') });
      default:
        return null;
    }
  }
}
