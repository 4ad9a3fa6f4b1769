import { nameSkeleton, nameSkeletons } from './name-skeleton';

describe('nameSkeleton: one search key for a name in either alphabet', () => {
  it.each<[string, string[]]>([
    ['Kirill', ['Кирилл', 'Kiril', 'KIRILL']],
    ['Vasiliev', ['Васильев', 'Vasilyev', 'Wassiljew', 'Vasilev']],
    ['Evgeny', ['Евгений', 'Yevgeniy', 'Evgenii', 'Jewgeni']],
    ['Dmitry', ['Дмитрий', 'Dmitriy', 'Dmitrii']],
    ['Yulia', ['Юлия', 'Julia', 'Iuliia', 'Yuliya']],
    ['Natalya', ['Наталья', 'Natalia', 'Natalja']],
    ['Alexey', ['Алексей', 'Aleksei', 'Alexei', 'Aleksey']],
    ['Ksenia', ['Ксения', 'Xenia', 'Kseniya']],
    ['Mikhail', ['Михаил']],
    ['Fyodor', ['Фёдор', 'Fedor']],
    ['Tatyana', ['Татьяна', 'Tatiana']],
    ['Andreev', ['Андреев', 'Andreyev']],
    ['Ekaterina', ['Екатерина', 'Yekaterina']],
    ['Yuri', ['Юрий', 'Iurii', 'Jurij', 'Yury']],
    ['Shchukin', ['Щукин', 'Schukin']],
    ['Olga', ['Ольга']],
    ['Semyon', ['Семён', 'Semen']],
    ['Krylov', ['Крылов']],
    ['Nikolai', ['Николай', 'Nicolai']],
    ['Andrei', ['Андрей', 'Andrey', 'Andrej']],
  ])('%s and its other spellings share one skeleton', (latin, variants) => {
    for (const v of variants) expect([v, nameSkeleton(v)]).toEqual([v, nameSkeleton(latin)]);
  });

  it.each<[string, string]>([
    ['Кирилл', 'kiril'],
    ['Васильев', 'vasilev'],
    ['Éloïse', 'eloise'],
  ])('%s → %s', (input, skeleton) => expect(nameSkeleton(input)).toBe(skeleton));

  it('keeps different names apart', () => {
    expect(nameSkeleton('Ivanov')).not.toBe(nameSkeleton('Ivanova'));
    expect(nameSkeleton('Petrov')).not.toBe(nameSkeleton('Pavlov'));
  });

  it('splits a text into word skeletons, dropping punctuation', () => {
    expect(nameSkeletons('  Петров-Водкин, Kuzma ')).toEqual(['petrov', 'vodkin', 'kuzma']);
    expect(nameSkeletons("!!")).toEqual([]);
  });
});
