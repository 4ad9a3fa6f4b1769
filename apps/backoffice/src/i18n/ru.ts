import russianMessages from 'ra-language-russian';
import { auditChainMessagesRu } from './ru-audit-chain';
import type { TranslationMessages } from 'react-admin';
import type { appMessagesEn, MessagesLike } from './en';
import { explanationsRu } from './explanations-ru';
import { caseworkRu } from './ru-casework';
import { intakeMessagesRu } from './ru-intake';
import { lifecycleRu } from './ru-lifecycle';
import { deadlinesMessagesRu } from './ru-deadlines';
import { housingMessagesRu } from './ru-housing';
import { teamMessagesRu } from './ru-team';
import { statsMessagesRu } from './ru-stats';
import { accountMessagesRu } from './ru-account';

/** Russian plurals have three forms (1, 2–4, 5+); react-admin asks for a resource name with 1 or 2. */
export const appMessagesRu: MessagesLike<typeof appMessagesEn> = {
  app: {
    title: 'Учёт дел',
    language: 'Язык',
    roles: {
      admin: 'Администратор',
      director: 'Директор',
      caseworker: 'Куратор',
      volunteer: 'Волонтёр',
    },
    auth: {
      email: 'Эл. почта',
      forbidden: 'Вашей роли это действие не разрешено.',
      session_expired: 'Сеанс истёк. Войдите снова.',
      throttled: 'Слишком много попыток входа. Подождите минуту и попробуйте снова.',
      offline: 'Сервер недоступен. Проверьте подключение и попробуйте снова.',
    },
    dashboard: {
      welcome: 'Добро пожаловать, %{name}',
      signed_in_as: 'Вы вошли как %{email}',
      role: 'Роль: %{role}',
      session_note:
        'Сеанс завершается, когда вы выходите или закрываете окно браузера. На общем компьютере всегда выходите из системы.',
      admin_hint: 'В разделе «Пользователи» можно управлять тем, кто и с какой ролью входит в систему.',
      due_title: 'Скоро сроки',
      caseload: '%{smart_count} клиент у вас на сопровождении |||| %{smart_count} клиента у вас на сопровождении |||| %{smart_count} клиентов у вас на сопровождении',
      as_of: 'на %{date}',
      nothing_due: 'По вашим клиентам сейчас ничего не горит.',
      load_error: 'Не удалось загрузить список сроков.',
      groups: {
        ONE_YEAR_DEADLINE: {
          title: 'Годичные сроки подачи',
          hint: 'Форма I-589 ещё не подана, а срок истекает в ближайшие 90 дней или уже пропущен: красным — если осталось не больше 14 дней, оранжевым — не больше 30.',
        },
        APPOINTMENT: {
          title: 'Собеседования, заседания и биометрия',
          hint: 'Назначены на ближайшие 14 дней: красным — сегодня или завтра, оранжевым — в течение недели.',
        },
        EAD_DECISION_OVERDUE: {
          title: 'Просрочены решения по разрешению на работу',
          hint: 'Срок решения прошёл, а разрешения нет: стоит направить запрос.',
        },
        EAD_MAY_FILE: {
          title: 'Уже можно подать на разрешение на работу',
          hint: 'Отсчёт дошёл до 150 дней, а форма I-765 ещё не получена.',
        },
        URGENT_NEED: {
          title: 'Срочные потребности',
          hint: 'Открытые потребности высокой или крайней срочности.',
        },
      },
      days: {
        due_in: 'через %{smart_count} день |||| через %{smart_count} дня |||| через %{smart_count} дней',
        due_today: 'срок сегодня',
        missed: 'пропущен %{smart_count} день назад |||| пропущен %{smart_count} дня назад |||| пропущен %{smart_count} дней назад',
        overdue: 'просрочено на %{smart_count} день |||| просрочено на %{smart_count} дня |||| просрочено на %{smart_count} дней',
        eligible_since: 'можно уже %{smart_count} день |||| можно уже %{smart_count} дня |||| можно уже %{smart_count} дней',
        open_for: 'открыта %{smart_count} день |||| открыта %{smart_count} дня |||| открыта %{smart_count} дней',
      },
    },
    api_errors: {
      UNAVAILABLE: 'Сервер временно недоступен. Ваши изменения сохранены в форме: попробуйте сохранить ещё раз через минуту.',
      CONFLICT: { email: 'Эта эл. почта уже используется другой учётной записью.', reassignClientsTo: 'У этого куратора ещё есть клиенты: выберите, кому их передать.' },
      DUPLICATE_CLIENT: {
        aNumber:
          'Клиент с таким A-номером уже есть в системе. Поищите этот номер среди своих клиентов; если его там нет, попросите администратора проверить обе записи и объединить их. Не создавайте вторую запись.',
      },
      STALE_VERSION: 'Пока вы редактировали, запись изменил кто-то другой. Обновите страницу и попробуйте снова.',
      VALIDATION_FAILED: {
        aNumber: 'A-номер состоит из 8 или 9 цифр.',
        email: 'Введите правильный адрес эл. почты.',
        phone: 'Номер телефона может содержать цифры, пробелы и + ( ) . -',
        endDate: 'День возобновления отсчёта должен быть позже дня остановки.',
        endedOn: 'Конец не может быть раньше начала.',
        metOn: 'Дата закрытия не может быть раньше даты открытия.',
        i589ReceiptNumber: 'Номер уведомления USCIS: 3 буквы и 10 цифр.',
        i765ReceiptNumber: 'Номер уведомления USCIS: 3 буквы и 10 цифр.',
        caseworkerId: 'Выберите действующего куратора.',
        dateOfBirth: 'Дата рождения не может быть в будущем.',
        lastArrivalOn: 'Дата последнего въезда не может быть в будущем.',
        date: 'Эта дата противоречит другим этапам дела (например, разрешение на работу раньше подачи I-589 или подача I-589 раньше въезда).',
      },
    },
    users: {
      disabled_help: 'Отключённый пользователь не может войти, а все его открытые сеансы отзываются.',
      password_help: 'Не менее 12 символов. Передайте пароль человеку по защищённому каналу.',
      new_password_help: 'Оставьте пустым, чтобы сохранить текущий пароль. Не менее 12 символов.',
      active: 'Активен',
    },
    ...caseworkRu.app,
    intake: intakeMessagesRu,
    ...lifecycleRu.app,
    ...statsMessagesRu.app,
    ...teamMessagesRu.app,
    ...accountMessagesRu.app,
    ...auditChainMessagesRu.app,
    ...housingMessagesRu.app,
    ...deadlinesMessagesRu.app,
  },
  resources: {
    users: {
      name: 'Пользователь |||| Пользователи |||| Пользователи',
      // «Создать Пользователь» would be ungrammatical: react-admin puts the nominative in ra.page.create.
      page: { create: 'Новый пользователь' },
      fields: {
        id: 'ID',
        email: 'Эл. почта',
        displayName: 'Имя',
        role: 'Роль',
        disabled: 'Отключён',
        disabled_toggle: 'Отключён (не может войти; выход на всех устройствах)',
        password: 'Пароль',
        newPassword: 'Новый пароль',
        createdAt: 'Создан',
        updatedAt: 'Изменён',
        lastLoginAt: 'Последний вход',
        q: 'Поиск',
      },
    },
    ...caseworkRu.resources,
    ...lifecycleRu.resources,
    ...statsMessagesRu.resources,
    ...teamMessagesRu.resources,
    ...auditChainMessagesRu.resources,
    ...housingMessagesRu.resources,
    ...deadlinesMessagesRu.resources,
  },
};

export const ru: TranslationMessages = {
  ...russianMessages,
  ra: {
    ...russianMessages.ra,
    // ra-language-russian 5.4 predates these two react-admin 5.15 messages.
    guesser: {
      ...(russianMessages.ra as { guesser?: object }).guesser,
      empty: {
        title: 'Нет данных для отображения',
        message: 'Проверьте поставщика данных',
      },
    },
  },
  ...appMessagesRu,
  app: { ...appMessagesRu.app, explanations: explanationsRu },
};
