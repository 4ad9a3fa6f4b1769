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
  daysWithoutWorkAuthorizationSinceArrival: {
    ARRIVAL_UNKNOWN: 'не считается: дата последнего въезда не указана или ещё не наступила',
    WAIT_ENDED: '%{days} от въезда %{from} до %{how} %{to}',
    WAIT_ONGOING: 'ожидание продолжается: %{days} с въезда %{from}, на %{asOf}',
  },
};
