/**
 * Russian explanations of computed case dates, by field and the API's explanation `code`
 * (see `explanations/explain.ts`). English needs none: it shows the API's own `text`.
 * Dates arrive formatted ("4 июня 2026 г."), day counts with their noun ("150 дней").
 */
export const explanationsRu = {
  stops: {
    none: 'без остановок',
    plus: 'плюс %{days} остановки',
    minus: 'минус %{days} остановки',
  },
  non_business_days: {
    SATURDAY: 'субботу',
    SUNDAY: 'воскресенье',
    FEDERAL_HOLIDAY: 'федеральный праздник',
    with_holiday: '%{day} (%{holiday})',
  },
  holidays: {
    NEW_YEARS_DAY: 'Новый год',
    MLK_DAY: 'День Мартина Лютера Кинга',
    WASHINGTONS_BIRTHDAY: 'День рождения Вашингтона',
    MEMORIAL_DAY: 'День памяти',
    JUNETEENTH: 'Джунтинс',
    INDEPENDENCE_DAY: 'День независимости',
    LABOR_DAY: 'День труда',
    COLUMBUS_DAY: 'День Колумба',
    VETERANS_DAY: 'День ветеранов',
    THANKSGIVING_DAY: 'День благодарения',
    CHRISTMAS_DAY: 'Рождество',
  },
  oneYearDeadline: {
    ARRIVAL_UNKNOWN: 'срока нет: дата последнего въезда не указана',
    DEADLINE_SET_BY_JUDGE: 'срок — %{date}: установлен иммиграционным судьёй, раньше законного срока %{statutoryDeadline}',
    DEADLINE_SET_BY_JUDGE_NO_ARRIVAL: 'срок — %{date}: установлен иммиграционным судьёй (дата въезда не указана)',
    after_arrival: 'через год после въезда %{arrivalOn}',
    feb29: 'въезд в високосный день %{arrivalOn}, годовщиной считается %{anniversary} (рекомендуется проверка адвокатом)',
    DEADLINE_ANNIVERSARY: 'срок — %{date}: %{base}%{judgeLater}',
    DEADLINE_MOVED_TO_BUSINESS_DAY:
      'срок — %{date}: %{lead}годовщина %{anniversary} приходится на %{day}%{later}, поэтому срок перенесён на следующий рабочий день%{judgeLater}',
    then: ', затем %{date} — %{day}',
    judge_later: '; срок, установленный судьёй (%{date}), наступает позже',
  },
  clockStartedOn: {
    CLOCK_NOT_STARTED: 'не запущены: форма I-589 ещё не получена и не подана',
    CLOCK_STARTED: 'отсчёт начался %{date} — в день, когда форма I-589 была получена или подана',
    referred: '; при передаче дела в суд %{date} накопленные дни сохранились',
  },
  clockDays: {
    CLOCK_NOT_STARTED: 'отсчёта нет: форма I-589 ещё не получена и не подана',
    CLOCK_DAYS: '%{clockDays} в отсчёте на %{asOf}: %{elapsed} с %{startedOn}, %{stops}%{stoppedSince}',
    stopped_since: '; отсчёт остановлен с %{date}',
  },
  clockStoppedDays: {
    CLOCK_NOT_STARTED: 'отсчёта нет: форма I-589 ещё не получена и не подана',
    none: 'остановок не было',
    CLOCK_STOPPED_DAYS: '%{days} остановки: %{list}',
    period: 'с %{from} по %{to}',
    open_period: 'с %{from} (остановка продолжается)',
  },
  target: {
    CLOCK_NOT_STARTED: 'неизвестно: форма I-589 ещё не получена и не подана',
    CLOCK_STOPPED: 'пока неизвестно: отсчёт остановлен с %{stoppedSince} на отметке %{clockDaysAtStop} из %{requiredDays}',
  },
  eadMayFileOn: {
    EAD_MAY_FILE: 'подать можно с %{date}: %{requiredDays} после %{startedOn}, %{stops}',
  },
  eadEarliestGrantOn: {
    EAD_EARLIEST_GRANT: 'выдать разрешение могут не раньше %{date}: %{requiredDays} после %{startedOn}, %{stops}',
  },
  eadDecisionDueOn: {
    EAD_NOT_APPLIED: 'на %{asOf} форма I-765 не получена',
    CLOCK_STOPPED: 'пока неизвестно: форма I-765 получена %{appliedOn}, но отсчёт остановлен с %{stoppedSince}',
    CLOCK_NOT_STARTED: 'неизвестно: форма I-765 получена %{appliedOn}, но дата подачи I-589 не указана',
    EAD_DECISION_DUE: {
      receipt: 'решение должно быть принято до %{date}: %{decisionDays} после получения I-765 %{appliedOn}',
      earliest_grant:
        'решение должно быть принято до %{date}: это самый ранний день выдачи, он позже, чем %{decisionDays} после получения I-765 %{appliedOn}',
    },
  },
  eadInHandOn: {
    EAD_CARD_RECEIVED: 'разрешение на руках с %{date}: карта получена',
    EAD_APPROVED: 'разрешение есть с %{date}: одобрено (получение карты не отмечено)',
    EAD_NOT_IN_HAND: 'на %{asOf} разрешение на работу не одобрено и не получено',
  },
  wait_ended_by: {
    EAD: 'получения разрешения на работу',
    ASYLUM_GRANTED: 'предоставления убежища (право на работу по статусу)',
  },
  daysWithoutWorkAuthorization: {
    CLOCK_NOT_STARTED: 'не считается: форма I-589 ещё не получена и не подана',
    WAIT_ENDED: '%{days} от подачи I-589 %{from} до %{how} %{to}',
    WAIT_ONGOING: 'ожидание продолжается: %{days} с подачи I-589 %{from}, на %{asOf}',
  },
  workAuthorizedOn: {
    WORK_NOT_AUTHORIZED: 'пока нет: на %{asOf} нет ни разрешения на работу, ни предоставленного убежища',
    WORK_AUTHORIZED_BY_PERMIT: 'с %{date}: есть разрешение на работу (c)(8)',
    WORK_AUTHORIZED_BY_GRANT:
      'с %{date}: предоставлено убежище, а лицо, получившее убежище, может работать в силу своего статуса (8 CFR 274a.12(a)(5)); ожидание разрешения (c)(8) в этот день закончилось, что бы ни стало с поданным заявлением',
  },
  permitExpiresOn: {
    NO_PERMIT: 'на %{asOf} разрешение на работу не одобрено',
    PERMIT_EXPIRY_UNKNOWN: 'неизвестно: разрешение одобрено %{approvedOn}, до введения 18-месячного предела; внесите даты с карты',
    PERMIT_EXPIRES_CARD: 'разрешение действует до %{date}: дата с самой карты (действует с %{validFrom})',
    PERMIT_EXPIRES_CAP: 'разрешение действует до %{date}: не более %{capMonths} мес. с %{validFrom} для разрешений (c)(8), решённых с 5 декабря 2025 г. (даты с карты не внесены)',
    granted: '; после предоставления убежища %{grantedOn} клиент может работать в силу статуса независимо от этой даты',
  },
  renewalMayFileOn: {
    RENEWAL_NOT_NEEDED: 'продление (c)(8) не нужно: убежище предоставлено %{grantedOn}, клиент может работать в силу статуса',
    RENEWAL_UNKNOWN: 'неизвестно: срок действия разрешения не известен',
    RENEWAL_WINDOW: 'подать на продление можно с %{date}: за %{windowDays} до окончания срока %{expiresOn}; с 30 октября 2025 г. автоматического продления нет, подавайте заранее',
    RENEWAL_FILED_NO_EXTENSION:
      'подать на продление можно с %{date}: за %{windowDays} до окончания срока %{expiresOn}; продление подано %{filedOn} и не продлевает срок автоматически: если решения не будет до %{expiresOn}, клиент должен прекратить работу',
    RENEWAL_FILED_EARLIER_RULE: 'подать на продление можно с %{date}: за %{windowDays} до окончания срока %{expiresOn}; продление подано %{filedOn}, до 30 октября 2025 г.: проверьте, какое автоматическое продление действовало',
  },
  annualFeeDueOn: {
    ANNUAL_FEE_NOT_PENDING: 'ежегодного сбора нет: на %{asOf} форма I-589 не получена и не подана',
    ANNUAL_FEE_NO_NOTICE: 'уведомление о ежегодном сборе не внесено',
    ANNUAL_FEE_NOTICE_EXPECTED: 'уведомление о сборе не внесено, а форма I-589, поданная %{filedOn}, будет на рассмотрении год %{expectedOn}: проверьте, не пришло ли уведомление (сбор нужно оплатить в течение 30 дней)',
    ANNUAL_FEE_DUE: '$%{amount} до %{date}: через %{dueDays} после уведомления от %{noticeOn}; ещё не оплачено',
    ANNUAL_FEE_PAID: '$%{amount} до %{date}: через %{dueDays} после уведомления от %{noticeOn}; оплачено %{paidOn}',
    ANNUAL_FEE_OVERDUE: '$%{amount} до %{date}: через %{dueDays} после уведомления от %{noticeOn}; не оплачено: заявление на убежище могут отклонить, а разрешение на работу — прекратить',
  },
  daysWithoutWorkAuthorizationSinceArrival: {
    ARRIVAL_UNKNOWN: 'не считается: дата последнего въезда не указана или ещё не наступила',
    WAIT_ENDED: '%{days} от въезда %{from} до %{how} %{to}',
    WAIT_ONGOING: 'ожидание продолжается: %{days} с въезда %{from}, на %{asOf}',
  },
};
