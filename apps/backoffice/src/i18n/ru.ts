import russianMessages from 'ra-language-russian';
import type { TranslationMessages } from 'react-admin';
import type { appMessagesEn, MessagesLike } from './en';

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
    },
    api_errors: {
      CONFLICT: { email: 'Эта эл. почта уже используется другой учётной записью.' },
    },
    users: {
      disabled_help: 'Отключённый пользователь не может войти, а все его открытые сеансы отзываются.',
      password_help: 'Не менее 12 символов. Передайте пароль человеку по защищённому каналу.',
      new_password_help: 'Оставьте пустым, чтобы сохранить текущий пароль. Не менее 12 символов.',
      active: 'Активен',
    },
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
};
