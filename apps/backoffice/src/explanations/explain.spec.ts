import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { Explanation } from '@ct/contracts';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { explain } from './explain';

const i18n = polyglotI18nProvider((locale) => (locale === 'ru' ? ru : en), 'ru');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

const e = (field: string, code: string, params: Record<string, unknown>, text = `english: ${code}`): Explanation => ({ field, code, params, text });

describe('explain', () => {
  it('shows the API text as is in English', () => {
    const mayFile = e('eadMayFileOn', 'EAD_MAY_FILE', { date: '2026-06-04' }, 'may file on 2026-06-04: 150 days after 2026-01-05, no stops');
    expect(explain(mayFile, translate, 'en')).toBe('may file on 2026-06-04: 150 days after 2026-01-05, no stops');
  });

  it('builds Russian from code and params, with dates and day counts in words', () => {
    const mayFile = e('eadMayFileOn', 'EAD_MAY_FILE', { date: '2026-06-04', startedOn: '2026-01-05', requiredDays: 150, stoppedDays: 0, projected: false });
    expect(explain(mayFile, translate, 'ru')).toBe('подать можно с 4 июня 2026 г.: 150 дней после 5 января 2026 г., без остановок');
    const grant = e('eadEarliestGrantOn', 'EAD_EARLIEST_GRANT', { date: '2026-08-03', startedOn: '2026-01-05', requiredDays: 180, stoppedDays: 31, projected: true });
    expect(explain(grant, translate, 'ru')).toContain('180 дней после 5 января 2026 г., плюс 31 день остановки');
  });

  it('explains the permit, the renewal window, the annual fee and a grant ending the wait in Russian', () => {
    const cap = e('permitExpiresOn', 'PERMIT_EXPIRES_CAP', { date: '2027-07-09', validFrom: '2026-01-10', approvedOn: '2026-01-10', kind: 'initial', basis: 'cap', capMonths: 18, expired: false, grantedOn: null });
    expect(explain(cap, translate, 'ru')).toBe(
      'разрешение действует до 9 июля 2027 г.: не более 18 мес. с 10 января 2026 г. для разрешений (c)(8), решённых с 5 декабря 2025 г. (даты с карты не внесены)',
    );
    const renewal = e('renewalMayFileOn', 'RENEWAL_WINDOW', { date: '2027-01-10', expiresOn: '2027-07-09', windowDays: 180, filedOn: null, extensionDays: null });
    expect(explain(renewal, translate, 'ru')).toContain('за 180 дней до окончания срока 9 июля 2027 г.');
    const fee = e('annualFeeDueOn', 'ANNUAL_FEE_OVERDUE', { date: '2026-08-09', noticeOn: '2026-07-10', dueDays: 30, amount: 102, paidOn: null, expectedOn: '2026-08-01' });
    expect(explain(fee, translate, 'ru')).toContain('$102 до 9 августа 2026 г.: через 30 дней после уведомления от 10 июля 2026 г.; не оплачено');
    const grant = e('workAuthorizedOn', 'WORK_AUTHORIZED_BY_GRANT', { date: '2026-06-20' });
    expect(explain(grant, translate, 'ru')).toContain('с 20 июня 2026 г.: предоставлено убежище');
  });

  it('explains a deadline moved past a weekend and a holiday', () => {
    const moved = e('oneYearDeadline', 'DEADLINE_MOVED_TO_BUSINESS_DAY', {
      date: '2027-07-06',
      arrivalOn: '2026-07-03',
      anniversary: '2027-07-03',
      statutoryDeadline: '2027-07-06',
      judgeDeadlineOn: null,
      feb29Arrival: false,
      skipped: [
        { date: '2027-07-03', reason: 'SATURDAY', holidayId: 'INDEPENDENCE_DAY', holidayName: 'Independence Day' },
        { date: '2027-07-04', reason: 'SUNDAY', holidayId: 'INDEPENDENCE_DAY', holidayName: 'Independence Day' },
        { date: '2027-07-05', reason: 'FEDERAL_HOLIDAY', holidayId: 'INDEPENDENCE_DAY', holidayName: 'Independence Day' },
      ],
    });
    expect(explain(moved, translate, 'ru')).toBe(
      'срок — 6 июля 2027 г.: годовщина 3 июля 2027 г. приходится на субботу (День независимости), затем 5 июля 2027 г. — ' +
        'федеральный праздник (День независимости), поэтому срок перенесён на следующий рабочий день',
    );
  });

  it('flags a leap-day arrival for an attorney', () => {
    const feb29 = e('oneYearDeadline', 'DEADLINE_ANNIVERSARY', {
      date: '2025-02-28',
      arrivalOn: '2024-02-29',
      anniversary: '2025-02-28',
      statutoryDeadline: '2025-02-28',
      judgeDeadlineOn: null,
      feb29Arrival: true,
      skipped: [],
    });
    expect(explain(feb29, translate, 'ru')).toContain('рекомендуется проверка адвокатом');
  });

  it('lists clock stops, open ones marked', () => {
    const stops = e('clockStoppedDays', 'CLOCK_STOPPED_DAYS', {
      stoppedDays: 47,
      stops: [
        { from: '2026-04-03', to: '2026-04-20', days: 17 },
        { from: '2026-10-24', to: null, days: 30 },
      ],
    });
    expect(explain(stops, translate, 'ru')).toBe(
      '47 дней остановки: с 3 апреля 2026 г. по 20 апреля 2026 г., с 24 октября 2026 г. (остановка продолжается)',
    );
  });

  it('covers every field and code the API sends', () => {
    const samples = [
      e('oneYearDeadline', 'ARRIVAL_UNKNOWN', {}),
      e('oneYearDeadline', 'DEADLINE_SET_BY_JUDGE', { judgeDeadlineOn: '2026-05-01', statutoryDeadline: '2026-06-01' }),
      e('clockStartedOn', 'CLOCK_NOT_STARTED', {}),
      e('clockStartedOn', 'CLOCK_STARTED', { date: '2026-01-05', referredToCourtOn: '2026-09-01' }),
      e('clockDays', 'CLOCK_DAYS', { clockDays: 319, asOf: '2026-11-23', startedOn: '2025-12-22', elapsedDays: 336, stoppedDays: 17, stoppedSince: null }),
      e('eadMayFileOn', 'CLOCK_STOPPED', { requiredDays: 150, stoppedSince: '2026-03-01', clockDaysAtStop: 55 }),
      e('eadMayFileOn', 'CLOCK_NOT_STARTED', { requiredDays: 150 }),
      e('eadDecisionDueOn', 'EAD_NOT_APPLIED', { asOf: '2026-11-23' }),
      e('eadDecisionDueOn', 'EAD_DECISION_DUE', { date: '2026-08-19', appliedOn: '2026-07-20', decisionDays: 30, earliestGrantOn: '2026-07-07', boundBy: 'receipt' }),
      e('eadDecisionDueOn', 'EAD_DECISION_DUE', { date: '2026-08-19', appliedOn: '2026-06-05', decisionDays: 30, earliestGrantOn: '2026-08-19', boundBy: 'earliestGrant' }),
      e('eadDecisionDueOn', 'CLOCK_STOPPED', { appliedOn: '2026-07-20', stoppedSince: '2026-07-01', clockDaysAtStop: 170 }),
      e('eadInHandOn', 'EAD_CARD_RECEIVED', { date: '2026-09-01' }),
      e('eadInHandOn', 'EAD_APPROVED', { date: '2026-08-20' }),
      e('eadInHandOn', 'EAD_NOT_IN_HAND', { asOf: '2026-11-23' }),
      e('daysWithoutWorkAuthorization', 'WAIT_ENDED', { days: 240, from: '2026-01-05', to: '2026-09-01', by: 'EAD_CARD_RECEIVED' }),
      e('daysWithoutWorkAuthorization', 'WAIT_ONGOING', { days: 336, from: '2025-12-22', asOf: '2026-11-23' }),
      e('daysWithoutWorkAuthorizationSinceArrival', 'ARRIVAL_UNKNOWN', {}),
      e('daysWithoutWorkAuthorizationSinceArrival', 'WAIT_ENDED', { days: 300, from: '2025-11-05', to: '2026-09-01', by: 'ASYLUM_GRANTED' }),
    ];
    for (const sample of samples) {
      const text = explain(sample, translate, 'ru');
      expect({ code: sample.code, text }).toEqual({ code: sample.code, text: expect.stringMatching(/[а-я]/) });
      expect(text).not.toMatch(/%\{|app\.explanations/);
    }
  });

  it('falls back to the English text for unknown codes or params that do not fit', () => {
    expect(explain(e('eadMayFileOn', 'SOMETHING_NEW', {}, 'new rule'), translate, 'ru')).toBe('new rule');
    expect(explain(e('eadMayFileOn', 'EAD_MAY_FILE', { date: 'soon' }, 'may file soon'), translate, 'ru')).toBe('may file soon');
  });
});
