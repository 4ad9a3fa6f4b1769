import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/choices';
import { PROFESSION_NOT_RECORDED, PROFESSION_OTHER } from './types';

/** Labels of table keys in the UI language: housing situations, needs, outcomes, pooled professions. */
export function useKeyLabels() {
  const translate = useTranslate();
  return useMemo(
    () => ({
      housing: (key: string) => translate(enumKey('housing_categories', key), { _: key }),
      need: (key: string) => translate(enumKey('need_categories', key), { _: key }),
      outcome: (key: string) => translate(`app.stats.outcomes.${key}`, { _: key }),
      // Professions are typed by caseworkers and shown as typed, except the two pooled rows.
      profession: (key: string) =>
        key === PROFESSION_OTHER
          ? translate('app.stats.professions.other')
          : key === PROFESSION_NOT_RECORDED
            ? translate('app.stats.professions.not_recorded')
            : key,
    }),
    [translate],
  );
}
