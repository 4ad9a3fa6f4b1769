import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** The app's own messages; `ru.ts` must have exactly these keys (checked by the type below). */
export const appMessagesEn = {
  app: {
    title: 'Case tracker',
    language: 'Language',
    roles: {
      admin: 'Administrator',
      director: 'Director',
      caseworker: 'Caseworker',
      volunteer: 'Volunteer',
    },
    auth: {
      email: 'Email',
      forbidden: 'Your role does not allow this action.',
      session_expired: 'Your session has expired. Please sign in again.',
      throttled: 'Too many sign-in attempts. Please wait a minute and try again.',
      offline: 'The server cannot be reached. Check the connection and try again.',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      signed_in_as: 'Signed in as %{email}',
      role: 'Role: %{role}',
      session_note:
        'Your session ends when you sign out or close this browser window. On a shared computer, always sign out.',
      admin_hint: 'Manage who can sign in, and with which role, under Users.',
    },
    api_errors: {
      CONFLICT: { email: 'Another account already uses this email.' },
    },
    users: {
      disabled_help: 'A disabled user cannot sign in, and every session they have open is revoked.',
      password_help: 'At least 12 characters. Share it with the person through a secure channel.',
      new_password_help: 'Leave empty to keep the current password. At least 12 characters.',
      active: 'Active',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      page: { create: 'New user' },
      fields: {
        id: 'ID',
        email: 'Email',
        displayName: 'Name',
        role: 'Role',
        disabled: 'Disabled',
        disabled_toggle: 'Disabled (cannot sign in; signed out everywhere)',
        password: 'Password',
        newPassword: 'New password',
        createdAt: 'Created',
        updatedAt: 'Updated',
        lastLoginAt: 'Last sign-in',
        q: 'Search',
      },
    },
  },
};

/** Same shape as `T` with every leaf a string: forces translations to cover every key. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

export const en: TranslationMessages = { ...englishMessages, ...appMessagesEn };
