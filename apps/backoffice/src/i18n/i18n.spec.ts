import englishMessages from 'ra-language-english';
import { ENUM_GROUPS } from '../common/choices';
import { SCENARIOS, scenarioKey, SPLITS } from '../stats/query';
import { OUTCOME_KEYS } from '../stats/types';
import { en } from './en';
import { appMessagesRu, ru } from './ru';

const keys = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('translations', () => {
  it('Russian covers every message of react-admin and of the app', () => {
    const russian = new Set(keys(ru));
    const missing = keys({ ...englishMessages, ...en }).filter((key) => !russian.has(key));
    expect(missing).toEqual([]);
  });

  it('every Russian message is a string, and every app message has text', () => {
    const leaves = (messages: object): unknown[] =>
      Object.values(messages).flatMap((value) => (typeof value === 'object' && value !== null ? leaves(value) : [value]));
    expect(leaves(ru).filter((value) => typeof value !== 'string')).toEqual([]);
    expect(leaves(appMessagesRu).filter((value) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });

  it('labels every value of the shared enums (milestone types, statuses, categories, levels) in both languages', () => {
    const english = new Set(keys(en));
    const russian = new Set(keys(ru));
    const wanted = Object.entries(ENUM_GROUPS).flatMap(([group, values]) => values.map((value) => `app.enums.${group}.${value}`));
    expect(wanted.filter((key) => !english.has(key))).toEqual([]);
    expect(wanted.filter((key) => !russian.has(key))).toEqual([]);
  });

  it('uses the same placeholders in Russian as in English', () => {
    const placeholders = (text: string) => [...new Set(text.match(/%\{\w+\}/g) ?? [])].sort();
    const leaf = (messages: object, key: string): unknown =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    const mismatched = keys(appMessagesRu).filter((key) => {
      const english = leaf(en, key);
      return typeof english === 'string' && placeholders(english).join() !== placeholders(leaf(ru, key) as string).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('labels every split, rule scenario, outcome and measure the statistics screens show, in both languages', () => {
    const english = new Set(keys(en));
    const russian = new Set(keys(ru));
    const wanted = [
      ...SPLITS.map((split) => `app.stats.split.${split}`),
      ...SCENARIOS.map((scenario) => `app.stats.scenario.${scenarioKey(scenario)}`),
      ...OUTCOME_KEYS.map((outcome) => `app.stats.outcomes.${outcome}`),
      ...['median', 'p25', 'p75', 'p90', 'n'].map((measure) => `app.stats.measures.${measure}`),
      'resources.stats.name',
    ];
    expect(wanted.filter((key) => !english.has(key))).toEqual([]);
    expect(wanted.filter((key) => !russian.has(key))).toEqual([]);
  });

  it('gives Russian plurals three forms wherever English has two', () => {
    const leaf = (messages: object, key: string): unknown =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    const wrong = keys(appMessagesRu).filter((key) => {
      const english = leaf(en, key);
      const russian = leaf(ru, key);
      return typeof english === 'string' && english.includes('||||') && typeof russian === 'string' && russian.split('||||').length !== 3;
    });
    expect(wrong).toEqual([]);
  });
});
