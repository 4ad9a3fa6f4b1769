import { parsePseudonymCode, pseudonymCode, PseudonymError } from './pseudonym-code';

const SECRET = 'correct horse battery staple';
const OTHER_SECRET = 'another-secret-of-32-bytes-long!';
const ID = '3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c';
const ID_2 = '00000000-0000-0000-0000-000000000001';

describe('pseudonymCode', () => {
  // Expected codes computed outside Node: `printf 'HR:<id>' | openssl dgst -sha256 -hmac <secret>`,
  // first 10 hex digits (40 bits) written in Crockford base32.
  it.each`
    id                  | secret          | expected
    ${ID}               | ${SECRET}       | ${'HR-0JH0-VKPR'}
    ${ID}               | ${OTHER_SECRET} | ${'HR-F9RT-6NA6'}
    ${ID_2}             | ${SECRET}       | ${'HR-89FC-C8YC'}
    ${ID_2}             | ${OTHER_SECRET} | ${'HR-Z4AT-E3Y2'}
    ${ID.toUpperCase()} | ${SECRET}       | ${'HR-0JH0-VKPR'}
  `('$id with its secret → $expected', ({ id, secret, expected }) => {
    expect(pseudonymCode(id, secret)).toBe(expected);
  });

  it('accepts the secret as bytes (e.g. a key derived from ENCRYPTION_KEY)', () => {
    expect(pseudonymCode(ID, Buffer.from(SECRET, 'utf8'))).toBe('HR-0JH0-VKPR');
  });

  it.each`
    scenario                        | a                                        | b
    ${'different secrets'}          | ${() => pseudonymCode(ID, SECRET)}       | ${() => pseudonymCode(ID, OTHER_SECRET)}
    ${'different ids'}              | ${() => pseudonymCode(ID, SECRET)}       | ${() => pseudonymCode(ID_2, SECRET)}
    ${'different prefixes'}         | ${() => pseudonymCode(ID, SECRET).slice(3)} | ${() => pseudonymCode(ID, SECRET, { prefix: 'HO' }).slice(3)}
  `('unlinkable across $scenario', ({ a, b }) => {
    expect(a()).not.toBe(b());
  });

  it('has the shape PREFIX-XXXX-XXXX in Crockford base32 and never contains the id', () => {
    for (let i = 0; i < 200; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const code = pseudonymCode(id, SECRET);
      expect(code).toMatch(/^HR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(code).not.toContain(String(i).padStart(4, '0'));
    }
  });

  it('spreads 2,000 ids over 2,000 distinct codes', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => pseudonymCode(`id-${i}`, SECRET)));
    expect(codes.size).toBe(2000);
  });

  it.each`
    scenario                 | id      | secret               | options              | code
    ${'short secret'}        | ${ID}   | ${'too short'}       | ${{}}                | ${'SECRET_TOO_SHORT'}
    ${'short secret bytes'}  | ${ID}   | ${Buffer.alloc(15)}  | ${{}}                | ${'SECRET_TOO_SHORT'}
    ${'empty id'}            | ${''}   | ${SECRET}            | ${{}}                | ${'INVALID_ID'}
    ${'blank id'}            | ${'  '} | ${SECRET}            | ${{}}                | ${'INVALID_ID'}
    ${'lower-case prefix'}   | ${ID}   | ${SECRET}            | ${{ prefix: 'hr' }}  | ${'INVALID_PREFIX'}
    ${'long prefix'}         | ${ID}   | ${SECRET}            | ${{ prefix: 'HOUSE' }} | ${'INVALID_PREFIX'}
  `('refuses $scenario with $code', ({ id, secret, options, code }) => {
    expect(() => pseudonymCode(id, secret, options)).toThrow(PseudonymError);
    expect(() => pseudonymCode(id, secret, options)).toThrow(expect.objectContaining({ code }));
  });
});

describe('parsePseudonymCode', () => {
  it.each`
    input                | expected
    ${'HR-0JH0-VKPR'}    | ${'HR-0JH0-VKPR'}
    ${'hr-0jh0-vkpr'}    | ${'HR-0JH0-VKPR'}
    ${'HR 0JH0 VKPR'}    | ${'HR-0JH0-VKPR'}
    ${'HR0JH0VKPR'}      | ${'HR-0JH0-VKPR'}
    ${'HR-OJHO-VKPR'}    | ${'HR-0JH0-VKPR'}
    ${'HR-IL00-0000'}    | ${'HR-1100-0000'}
    ${'HR-0JH0-VKP'}     | ${null}
    ${'HR-0JH0-VKPRX'}   | ${null}
    ${'HR-0JH0-VKPU'}    | ${null}
    ${'XX-0JH0-VKPR'}    | ${null}
    ${''}                | ${null}
  `('$input → $expected', ({ input, expected }) => {
    expect(parsePseudonymCode(input)).toBe(expected);
  });
});
