import { MAX_JSON_DEPTH, findIllFormedString, jsonNestsDeeperThan, valueNestsDeeperThan } from './input-shape';

describe('input shape limits', () => {
  it.each([
    ['flat object', '{"a":1}', 2, false],
    ['exactly at the limit', '[[1]]', 2, false],
    ['one over the limit', '[[[1]]]', 2, true],
    ['brackets inside a string are text', '{"a":"[[[[[[[[["}', 2, false],
    ['escaped quote does not end the string', '{"a":"\\"[[[[["}', 2, false],
    ['100,000 levels, no recursion', '['.repeat(100000) + ']'.repeat(100000), MAX_JSON_DEPTH, true],
  ])('jsonNestsDeeperThan: %s', (_name, text, max, expected) => {
    expect(jsonNestsDeeperThan(text, max)).toBe(expected);
  });

  it('measures parsed values iteratively', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50000; i++) deep = [deep];
    expect(valueNestsDeeperThan(deep, MAX_JSON_DEPTH)).toBe(true);
    expect(valueNestsDeeperThan({ a: { b: [1, 2] } }, 3)).toBe(false);
  });

  it.each([
    ['well-formed text and emoji', { name: 'Кирилл 😀' }, undefined],
    ['lone high surrogate', { email: '\ud800@example.org' }, 'email'],
    ['lone low surrogate in an array', { languages: ['ru', '\udc00'] }, 'languages.1'],
    ['in a nested object', { houseRules: { note: 'a\ud83d' } }, 'houseRules.note'],
    ['in a key', { ['x\ud800']: 1 }, 'body'],
    ['a bare string', '\ud800', 'body'],
  ])('findIllFormedString: %s', (_name, value, expected) => {
    expect(findIllFormedString(value)).toBe(expected);
  });
});
