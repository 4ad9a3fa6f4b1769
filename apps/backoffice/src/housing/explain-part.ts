import type { MatchPartRecord } from '@ct/contracts';
import { isDay } from '../common/days';
import { formatPeriod, languageNames, type Translate } from './format';

/** Thrown when params are not what a code promises: the API's English text is shown instead. */
class UnexpectedParams extends Error {}

/**
 * One line of a match explanation in the UI language, built from `code` and `params` (dates, day and bed
 * counts, language names formatted for the language: "Shared language: Russian" rather than the API's
 * "ru"). An unknown code, or params that do not fit it, fall back to the API's English `text`.
 */
export function explainPart(part: MatchPartRecord, translate: Translate, locale: string): string {
  try {
    return new PartExplainer(part, translate, locale).run() ?? part.text;
  } catch (error) {
    if (error instanceof UnexpectedParams) return part.text;
    throw error;
  }
}

class PartExplainer {
  private readonly p: MatchPartRecord['params'];

  constructor(
    private readonly part: MatchPartRecord,
    private readonly translate: Translate,
    private readonly locale: string,
  ) {
    this.p = part.params ?? {};
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate(`app.match_parts.${key}`, { ...params, _: this.part.text });
  }

  private str(name: string): string {
    const value = this.p[name];
    if (typeof value !== 'string' || value === '') throw new UnexpectedParams(name);
    return value;
  }

  private num(name: string): number {
    const value = this.p[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new UnexpectedParams(name);
    return value;
  }

  private day(name: string): string {
    const value = this.p[name];
    if (!isDay(value)) throw new UnexpectedParams(name);
    return value;
  }

  private optionalDay(name: string): string | null {
    return this.p[name] == null ? null : this.day(name);
  }

  private languages(name: string): string {
    const value = this.p[name];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new UnexpectedParams(name);
    const names = languageNames(value, this.translate);
    // Mid-sentence, Russian writes language names in lower case ("общий язык: русский").
    return this.locale === 'ru' ? names.toLocaleLowerCase('ru') : names;
  }

  private days(n: number): string {
    return this.translate('app.units.days', { smart_count: n });
  }

  private beds(n: number): string {
    return this.t('beds', { smart_count: n });
  }

  run(): string | null {
    const code = this.part.code;
    switch (code) {
      case 'REGION_MISMATCH':
        return this.t(code, { offerRegion: this.str('offerRegion'), requestRegion: this.str('requestRegion') });
      case 'DATES_NO_OVERLAP':
        return this.t(code, {
          need: formatPeriod(this.day('neededFrom'), this.optionalDay('neededUntil'), this.locale, this.translate),
          offer: formatPeriod(this.day('availableFrom'), this.optionalDay('availableUntil'), this.locale, this.translate),
        });
      case 'DATES_FULL':
        return this.t(this.p['openEnded'] === true ? 'DATES_FULL_OPEN' : 'DATES_FULL', { days: this.days(this.num('neededDays')) });
      case 'DATES_PARTIAL': {
        const late = this.num('startsLateDays');
        return this.t(this.p['openEnded'] === true ? 'DATES_PARTIAL_OPEN' : 'DATES_PARTIAL', {
          covered: this.days(this.num('coveredDays')),
          needed: this.num('neededDays'),
          percent: this.num('percent'),
          late: late > 0 ? this.t('starts_late', { days: this.days(late) }) : '',
        });
      }
      case 'CAPACITY_TOO_SMALL':
      case 'CAPACITY_EXACT':
        return this.t(code, { capacity: this.beds(this.num('capacity')), householdSize: this.num('householdSize') });
      case 'CAPACITY_SPARE':
        return this.t(code, { capacity: this.beds(this.num('capacity')), householdSize: this.num('householdSize'), spare: this.num('spare') });
      case 'LANGUAGE_SHARED':
        return this.t(code, { languages: this.languages('languages') });
      case 'LANGUAGE_NONE':
        return this.t(code, { requestLanguages: this.languages('requestLanguages'), offerLanguages: this.languages('offerLanguages') });
      case 'SMOKING_FITS':
      case 'SMOKING_CONFLICT': {
        const smokes = this.p['smokes'];
        if (typeof smokes !== 'boolean') throw new UnexpectedParams('smokes');
        return this.t(`${code}_${smokes ? 'SMOKER' : 'SMOKE_FREE'}`);
      }
      case 'PETS_NOT_ALLOWED':
      case 'PETS_ALLOWED':
      case 'ACCESSIBILITY_NOT_MET':
      case 'ACCESSIBILITY_MET':
      case 'NEEDS_NOT_MET':
      case 'LANGUAGE_UNKNOWN':
      case 'COST_FREE':
      case 'COST_REDUCED':
      case 'COST_MARKET':
      case 'SMOKING_NO_PREFERENCE':
      case 'SMOKING_UNKNOWN':
        return this.t(code);
      default:
        return null;
    }
  }
}

/** Every part code the API sends (libs/domain matching), for the translation spec. */
export const MATCH_PART_CODES = [
  'REGION_MISMATCH',
  'DATES_NO_OVERLAP',
  'DATES_FULL',
  'DATES_PARTIAL',
  'CAPACITY_TOO_SMALL',
  'CAPACITY_EXACT',
  'CAPACITY_SPARE',
  'PETS_NOT_ALLOWED',
  'PETS_ALLOWED',
  'ACCESSIBILITY_NOT_MET',
  'ACCESSIBILITY_MET',
  'NEEDS_NOT_MET',
  'LANGUAGE_SHARED',
  'LANGUAGE_NONE',
  'LANGUAGE_UNKNOWN',
  'COST_FREE',
  'COST_REDUCED',
  'COST_MARKET',
  'SMOKING_NO_PREFERENCE',
  'SMOKING_FITS',
  'SMOKING_CONFLICT',
  'SMOKING_UNKNOWN',
] as const;
