import { randomBytes } from 'node:crypto';
import { BlindIndex, FieldCipher, aNumberKey, normalizeANumber, normalizeWords } from './field-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);

describe('FieldCipher', () => {
  const v1 = new FieldCipher(new Map([[1, k1]]), 1);
  const v2 = new FieldCipher(new Map([[1, k1], [2, k2]]), 2);

  it('round-trips text, with a fresh nonce each time and the key version in front', () => {
    const a = v1.encrypt('Иван Петров', 'clients.first_name:1');
    const b = v1.encrypt('Иван Петров', 'clients.first_name:1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain('Иван');
    expect(v1.decrypt(a, 'clients.first_name:1')).toBe('Иван Петров');
  });

  it('refuses a value moved to another record or column (associated data)', () => {
    const a = v1.encrypt('secret', 'clients.first_name:1');
    expect(() => v1.decrypt(a, 'clients.first_name:2')).toThrow();
    expect(() => v1.decrypt(a, 'clients.last_name:1')).toThrow();
  });

  it('refuses a tampered value', () => {
    const a = v1.encrypt('secret', 'x');
    const tampered = a.slice(0, -2) + (a.endsWith('A') ? 'BB' : 'AA');
    expect(() => v1.decrypt(tampered, 'x')).toThrow();
  });

  it('decrypts values under older keys and encrypts under the active one', () => {
    const old = v1.encrypt('value', 'x');
    expect(v2.decrypt(old, 'x')).toBe('value');
    expect(v2.needsRotation(old)).toBe(true);
    const fresh = v2.encrypt('value', 'x');
    expect(fresh).toMatch(/^v2\./);
    expect(v2.needsRotation(fresh)).toBe(false);
    expect(() => v1.decrypt(fresh, 'x')).toThrow(/no key for version 2/);
  });

  it('maps empty and missing values to null', () => {
    expect(v1.encryptNullable('', 'x')).toBeNull();
    expect(v1.encryptNullable(null, 'x')).toBeNull();
    expect(v1.decryptNullable(null, 'x')).toBeNull();
  });
});

describe('BlindIndex', () => {
  const index = new BlindIndex(k1);

  it.each([
    ['Ivanov', 'ivan', true],
    ['Ivanov', 'IVANOV', true],
    ['Ivanov', 'iva', true],
    ['Ivanov', 'iv', false],
    ['Ivanov', 'petrov', false],
    ['Пётр', 'петр', true],
    ['José', 'jose', true],
    ['Kirill', 'Кирилл', true],
    ['Кирилл', 'Kirill', true],
    ['Васильев', 'Vasiliev', true],
    ['Vasilyev', 'Васильев', true],
    ['Васильев', 'Vasil', true],
    ['Kirill', 'Кира', false],
  ])('a name %s is found by the query %s: %s', (name, query, found) => {
    const terms = new Set(index.nameTerms(name));
    expect(index.queryTerms(query).every((t) => terms.has(t))).toBe(found);
  });

  it('depends on the key', () => {
    expect(new BlindIndex(k2).hash('name', 'ivan')).not.toBe(index.hash('name', 'ivan'));
  });
});

describe('normalizeANumber', () => {
  it.each([
    ['A123456789', '123456789'],
    ['a-123-456-789', '123456789'],
    ['A 12 345 678', '12345678'],
    ['012345678', '012345678'],
    ['1234567', null],
    ['1234567890', null],
    ['A12B45678', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeANumber(input)).toBe(expected);
  });
});

describe('normalizeWords', () => {
  it('folds case, accents and ё, and splits on punctuation', () => {
    expect(normalizeWords('Seménov-Ёлкин  Jr.')).toEqual(['semenov', 'елкин', 'jr']);
  });
});

describe('aNumberKey', () => {
  it('indexes 8- and 9-digit forms of the same number alike', () => {
    expect(aNumberKey('12345678')).toBe(aNumberKey('012345678'));
    expect(aNumberKey('123456789')).toBe('123456789');
  });
});
