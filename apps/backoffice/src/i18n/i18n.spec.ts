import englishMessages from 'ra-language-english';
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
});
