import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { HOUSING_ENUM_GROUPS } from './choices';

const keys = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('housing translations', () => {
  it('label every offer type, cost, status, match status and end reason in both languages', () => {
    const english = new Set(keys(en));
    const russian = new Set(keys(ru));
    const wanted = Object.entries(HOUSING_ENUM_GROUPS).flatMap(([group, values]) => values.map((value) => `app.housing_enums.${group}.${value}`));
    expect(wanted.filter((key) => !english.has(key))).toEqual([]);
    expect(wanted.filter((key) => !russian.has(key))).toEqual([]);
  });

  it('keep the casework enums and the housing history messages beside them', () => {
    const english = new Set(keys(en));
    for (const key of ['app.enums.urgencies.high', 'app.housing.title', 'app.stats.title', 'app.housing_menu.proposals', 'resources.matches.fields.status']) {
      expect(english.has(key)).toBe(true);
    }
  });
});
