import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import { en } from './en';
import { ru } from './ru';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'ru', name: 'Русский' },
];

const messages: Record<string, TranslationMessages> = { en, ru };

/** English unless the browser prefers Russian; a choice made in the language menu is remembered by the store. */
const initialLocale = resolveBrowserLocale('en') === 'ru' ? 'ru' : 'en';

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? en, initialLocale, LOCALES);

export { useDocumentLocale } from './use-document-locale';
