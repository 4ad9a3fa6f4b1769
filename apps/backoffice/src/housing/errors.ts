import { useCallback } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { Translate } from './format';

const CODES_WITH_MESSAGES = ['CAPACITY_EXCEEDED', 'INVALID_TRANSITION', 'FORBIDDEN', 'CONFLICT', 'VALIDATION_FAILED', 'NOT_FOUND'];

interface ApiErrorBody {
  code?: unknown;
  message?: unknown;
}

const bodyOf = (error: unknown): ApiErrorBody =>
  typeof error === 'object' && error !== null && 'body' in error && typeof error.body === 'object' && error.body !== null ? (error.body as ApiErrorBody) : {};

/** "status: the offer has 1 of 2 beds left" → "The offer has 1 of 2 beds left". */
const readable = (message: string): string => {
  const text = message.replace(/^[\w.]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/**
 * What to tell the user about a refused housing call: in English the API's own message (it names the
 * reason, e.g. how many beds are left); in other languages a sentence per error code, else the API's text.
 */
export function housingErrorMessage(error: unknown, translate: Translate, locale: string): string {
  const { code, message } = bodyOf(error);
  const fallback = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
  if (code === 'STALE_VERSION' || fallback === 'app.api_errors.STALE_VERSION') return translate('app.api_errors.STALE_VERSION');
  const apiText = typeof message === 'string' && message ? readable(message) : null;
  if (typeof code === 'string' && CODES_WITH_MESSAGES.includes(code) && (locale !== 'en' || !apiText)) {
    return translate(`app.housing_errors.${code}`, { message: apiText ?? '', _: apiText ?? code });
  }
  return apiText ?? translate(fallback, { _: fallback });
}

/** A notifier for refused housing calls (see housingErrorMessage). */
export function useHousingErrorNotifier(): (error: unknown) => void {
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useCallback(
    (error: unknown) => notify(housingErrorMessage(error, translate, locale), { type: 'error', autoHideDuration: 8000 }),
    [notify, translate, locale],
  );
}
