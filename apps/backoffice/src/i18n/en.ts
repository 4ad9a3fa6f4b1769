import englishMessages from 'ra-language-english';
import { auditChainMessages } from './en-audit-chain';
import type { TranslationMessages } from 'react-admin';
import { casework } from './en-casework';
import { intakeMessagesEn } from './en-intake';
import { lifecycleMessages } from './en-lifecycle';
import { deadlinesMessages } from './en-deadlines';
import { housingMessages } from './en-housing';
import { teamMessages } from './en-team';
import { statsMessages } from './en-stats';
import { accountMessages } from './en-account';

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
      due_title: 'Due soon',
      caseload: '%{smart_count} client in your caseload |||| %{smart_count} clients in your caseload',
      as_of: 'as of %{date}',
      nothing_due: 'Nothing is due in your caseload.',
      load_error: 'The list of what is due could not be loaded.',
      groups: {
        ONE_YEAR_DEADLINE: {
          title: 'One-year filing deadlines',
          hint: 'No I-589 filed yet, and the deadline is within 90 days or already missed: red within 14 days, orange within 30.',
        },
        APPOINTMENT: {
          title: 'Interviews, hearings and biometrics',
          hint: 'Scheduled in the next 14 days: red today or tomorrow, orange within a week.',
        },
        EAD_DECISION_OVERDUE: {
          title: 'Work permit decisions overdue',
          hint: 'The decision was due and no permit is in hand: consider an inquiry.',
        },
        EAD_MAY_FILE: {
          title: 'May file for a work permit now',
          hint: 'The clock has reached 150 days and no I-765 has been received.',
        },
        URGENT_NEED: {
          title: 'Urgent needs',
          hint: 'Open support needs of high or urgent priority.',
        },
      },
      days: {
        due_in: 'in %{smart_count} day |||| in %{smart_count} days',
        due_today: 'due today',
        missed: 'missed %{smart_count} day ago |||| missed %{smart_count} days ago',
        overdue: '%{smart_count} day overdue |||| %{smart_count} days overdue',
        eligible_since: 'eligible for %{smart_count} day |||| eligible for %{smart_count} days',
        open_for: 'open %{smart_count} day |||| open %{smart_count} days',
      },
    },
    api_errors: {
      UNAVAILABLE: 'The server is briefly unavailable. Your changes are kept: try saving again in a moment.',
      CONFLICT: { email: 'Another account already uses this email.', reassignClientsTo: 'This caseworker still has clients: choose who takes them over.' },
      DUPLICATE_CLIENT: {
        aNumber:
          'A client with this A-number is already recorded. Search your caseload for the number; if it is not there, ask an administrator to check the two records and merge them. Do not create a second record.',
      },
      STALE_VERSION: 'Someone else changed this record meanwhile. Reload the page and try again.',
      VALIDATION_FAILED: {
        aNumber: 'An A-number has 8 or 9 digits.',
        email: 'Enter a valid email address.',
        phone: 'A phone number may hold digits, spaces and + ( ) . -',
        endDate: 'The day the clock resumes must be after the day it stopped.',
        endedOn: 'The end must not be before the start.',
        metOn: 'The day it was met must not be before the day it was opened.',
        i589ReceiptNumber: 'A USCIS receipt number has 3 letters and 10 digits.',
        i765ReceiptNumber: 'A USCIS receipt number has 3 letters and 10 digits.',
        caseworkerId: 'Choose an active caseworker.',
        dateOfBirth: 'A date of birth cannot be in the future.',
        lastArrivalOn: 'The last arrival cannot be in the future.',
        date: 'This date contradicts the other milestones of the case (for example a work permit before the I-589 was filed, or an I-589 before the arrival).',
      },
    },
    users: {
      disabled_help: 'A disabled user cannot sign in, and every session they have open is revoked.',
      password_help: 'At least 12 characters. Share it with the person through a secure channel.',
      new_password_help: 'Leave empty to keep the current password. At least 12 characters.',
      active: 'Active',
    },
    ...casework.app,
    intake: intakeMessagesEn,
    ...lifecycleMessages.app,
    ...statsMessages.app,
    ...teamMessages.app,
    ...accountMessages.app,
    ...auditChainMessages.app,
    ...housingMessages.app,
    ...deadlinesMessages.app,
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
    ...casework.resources,
    ...lifecycleMessages.resources,
    ...statsMessages.resources,
    ...teamMessages.resources,
    ...auditChainMessages.resources,
    ...housingMessages.resources,
    ...deadlinesMessages.resources,
  },
};

/** Same shape as `T` with every leaf a string: forces translations to cover every key. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

export const en: TranslationMessages = { ...englishMessages, ...appMessagesEn };
