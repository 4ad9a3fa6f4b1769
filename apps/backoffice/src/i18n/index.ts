import polyglotI18nProvider from 'ra-i18n-polyglot';
import { type I18nProvider, resolveBrowserLocale, type TranslationMessages } from 'react-admin';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'ru', name: 'Русский' },
];

type Locale = 'en' | 'ru';

/** Each language is its own chunk: only the one in use is downloaded; the other loads when chosen. */
const loaders: Record<Locale, () => Promise<TranslationMessages>> = {
  en: () => import('./en').then((m) => m.en),
  ru: () => import('./ru').then((m) => m.ru),
};

/** Where react-admin's store keeps the language chosen in the menu (see store.ts: localStorageStore('1', 'CaseTracker')). */
const STORED_LOCALE_KEY = 'RaStoreCaseTracker.locale';

/** The language to start in: the one chosen earlier on this computer, else English unless the browser prefers Russian. */
export function initialLocale(): Locale {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORED_LOCALE_KEY) ?? 'null');
    if (stored === 'en' || stored === 'ru') return stored;
  } catch {
    // no storage, or an unreadable value: fall back to the browser's preference
  }
  return resolveBrowserLocale('en') === 'ru' ? 'ru' : 'en';
}

/** Loads the starting language, then returns a provider that loads the other one on demand. */
export async function createI18nProvider(): Promise<I18nProvider> {
  const start = initialLocale();
  const cache: Partial<Record<Locale, TranslationMessages>> = { [start]: await loaders[start]() };
  return polyglotI18nProvider(
    (locale) => {
      const key: Locale = locale === 'ru' ? 'ru' : 'en';
      return cache[key] ?? loaders[key]().then((messages) => (cache[key] = messages));
    },
    start,
    LOCALES,
  );
}

export { useDocumentLocale } from './use-document-locale';
