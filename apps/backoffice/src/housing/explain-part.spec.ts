import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { MatchPartRecord } from '@ct/contracts';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { explainPart, MATCH_PART_CODES } from './explain-part';

const i18n = polyglotI18nProvider((locale) => (locale === 'ru' ? ru : en), 'ru');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);
const i18nEn = polyglotI18nProvider(() => en, 'en');
const english = (key: string, options?: Record<string, unknown>) => i18nEn.translate(key, options);

const part = (code: string, params: MatchPartRecord['params'], text = `english: ${code}`): MatchPartRecord => ({
  criterion: 'dates',
  points: 0,
  max: 0,
  code,
  params,
  text,
  blocking: false,
});

describe('explainPart', () => {
  it('builds English the same way, with language names instead of codes', () => {
    const shared = part('LANGUAGE_SHARED', { languages: ['ru', 'en'] }, 'Shared language: ru, en.');
    expect(explainPart(shared, english, 'en')).toBe('Shared language: Russian, English.');
    expect(explainPart(part('CAPACITY_EXACT', { capacity: 2, householdSize: 2, spare: 0, type: 'room' }), english, 'en')).toBe(
      '2 beds for a household of 2: an exact fit.',
    );
    expect(
      explainPart(part('DATES_PARTIAL', { coveredDays: 51, neededDays: 111, percent: 45, startsLateDays: 0, openEnded: false }), english, 'en'),
    ).toBe('Available for 51 days of the 111 days needed (45%).');
  });

  it('builds Russian from code and params: language names, bed and day counts in words', () => {
    expect(explainPart(part('LANGUAGE_SHARED', { languages: ['ru', 'en'] }), translate, 'ru')).toBe('Общий язык: русский, английский.');
    expect(explainPart(part('CAPACITY_SPARE', { capacity: 3, householdSize: 1, spare: 2, type: 'room' }), translate, 'ru')).toBe(
      '3 места, в семье человек: 1; лишних мест: 2 (их лучше оставить для семьи побольше).',
    );
    expect(explainPart(part('CAPACITY_EXACT', { capacity: 5, householdSize: 5, spare: 0, type: 'room' }), translate, 'ru')).toContain('5 мест');
    expect(
      explainPart(part('DATES_PARTIAL', { coveredDays: 61, neededDays: 121, percent: 50, startsLateDays: 0, openEnded: false }), translate, 'ru'),
    ).toBe('Доступно 61 день из 121 нужных (50%).');
    expect(
      explainPart(part('DATES_PARTIAL', { coveredDays: 170, neededDays: 180, percent: 94, startsLateDays: 10, openEnded: true }), translate, 'ru'),
    ).toBe('Доступно 170 дней из первых 180 (дата окончания не указана) (94%); начинается на 10 дней позже нужной даты.');
    expect(explainPart(part('DATES_FULL', { coveredDays: 30, neededDays: 30, percent: 100, startsLateDays: 0, openEnded: false }), translate, 'ru')).toBe(
      'Доступно на весь нужный срок: 30 дней.',
    );
    expect(
      explainPart(
        part('DATES_NO_OVERLAP', { neededFrom: '2026-06-04', neededUntil: null, availableFrom: '2026-01-01', availableUntil: '2026-03-01' }),
        translate,
        'ru',
      ),
    ).toContain('с 4 июн. 2026 г., без даты окончания');
  });

  it('tells apart the two ways a smoking preference fits or conflicts', () => {
    expect(explainPart(part('SMOKING_FITS', { smokes: false, smokingAllowed: false }), translate, 'ru')).toBe('Дом без курения, как и нужно.');
    expect(explainPart(part('SMOKING_CONFLICT', { smokes: true, smokingAllowed: false }), translate, 'ru')).toBe('Курить нельзя, а в семье кто-то курит.');
  });

  it('covers every code the API sends', () => {
    const samples: Record<string, MatchPartRecord['params']> = {
      REGION_MISMATCH: { requestRegion: 'Boston, MA', offerRegion: 'Austin, TX' },
      DATES_NO_OVERLAP: { neededFrom: '2026-06-04', neededUntil: '2026-07-01', availableFrom: '2026-01-01', availableUntil: null },
      DATES_FULL: { coveredDays: 180, neededDays: 180, percent: 100, startsLateDays: 0, openEnded: true },
      DATES_PARTIAL: { coveredDays: 10, neededDays: 20, percent: 50, startsLateDays: 1, openEnded: false },
      CAPACITY_TOO_SMALL: { capacity: 1, householdSize: 2 },
      CAPACITY_EXACT: { capacity: 2, householdSize: 2, spare: 0, type: 'room' },
      CAPACITY_SPARE: { capacity: 4, householdSize: 2, spare: 2, type: 'whole_flat' },
      LANGUAGE_SHARED: { languages: ['ru'] },
      LANGUAGE_NONE: { requestLanguages: ['ru'], offerLanguages: ['es'] },
      LANGUAGE_UNKNOWN: { requestLanguages: [], offerLanguages: ['en'] },
      COST_FREE: { cost: 'free' },
      COST_REDUCED: { cost: 'reduced' },
      COST_MARKET: { cost: 'market' },
      SMOKING_FITS: { smokes: true, smokingAllowed: true },
      SMOKING_CONFLICT: { smokes: false, smokingAllowed: true },
    };
    for (const code of MATCH_PART_CODES) {
      const text = explainPart(part(code, samples[code] ?? {}), translate, 'ru');
      expect({ code, text }).toEqual({ code, text: expect.stringMatching(/[а-я]/) });
      expect(text).not.toMatch(/%\{|app\.match_parts|english:/);
    }
  });

  it('falls back to the English text for unknown codes or params that do not fit', () => {
    expect(explainPart(part('SOMETHING_NEW', {}, 'A new criterion.'), translate, 'ru')).toBe('A new criterion.');
    expect(explainPart(part('CAPACITY_EXACT', { capacity: 'two' }, '2 beds for a household of 2.'), translate, 'ru')).toBe('2 beds for a household of 2.');
    expect(explainPart(part('DATES_NO_OVERLAP', { neededFrom: 'soon' }, 'Not available.'), translate, 'ru')).toBe('Not available.');
  });
});
