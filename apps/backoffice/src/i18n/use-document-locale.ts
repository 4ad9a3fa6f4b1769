import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Keeps `<html lang>` (screen readers, hyphenation) and the window title in the chosen language. */
export function useDocumentLocale(): void {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate('app.title');
  }, [locale, translate]);
}
