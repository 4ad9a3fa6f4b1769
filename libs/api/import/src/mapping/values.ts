import { CONTACT_CHANNELS, EDUCATION_LEVELS, ENGLISH_LEVELS, type CaseKind, type ContactChannel, type EducationLevel, type EnglishLevel } from '@ct/contracts';

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();

const EDUCATION: Record<string, EducationLevel> = {
  none: 'none', 'no education': 'none', нет: 'none', 'без образования': 'none',
  secondary: 'secondary', 'high school': 'secondary', school: 'secondary', среднее: 'secondary', школа: 'secondary', 'среднее общее': 'secondary',
  vocational: 'vocational', college: 'vocational', 'trade school': 'vocational', 'среднее специальное': 'vocational', 'среднее профессиональное': 'vocational', колледж: 'vocational', техникум: 'vocational', училище: 'vocational',
  bachelor: 'bachelor', "bachelor's": 'bachelor', bachelors: 'bachelor', ba: 'bachelor', bs: 'bachelor', bsc: 'bachelor', бакалавр: 'bachelor', бакалавриат: 'bachelor', 'высшее бакалавр': 'bachelor',
  master: 'master', "master's": 'master', masters: 'master', ma: 'master', ms: 'master', msc: 'master', mba: 'master', магистр: 'master', магистратура: 'master', специалист: 'master', специалитет: 'master', 'высшее магистр': 'master',
  doctorate: 'doctorate', phd: 'doctorate', doctor: 'doctorate', md: 'doctorate', 'кандидат наук': 'doctorate', 'доктор наук': 'doctorate', аспирантура: 'doctorate', кандидат: 'doctorate',
};

const ENGLISH_WORDS: Record<string, EnglishLevel> = {
  none: 'none', нет: 'none', 'no english': 'none', 'не говорит': 'none',
  beginner: 'A1', elementary: 'A2', 'pre intermediate': 'A2', intermediate: 'B1', 'upper intermediate': 'B2', advanced: 'C1', fluent: 'C2', native: 'C2', proficient: 'C2',
  начальный: 'A1', базовый: 'A2', 'ниже среднего': 'A2', средний: 'B1', 'выше среднего': 'B2', продвинутый: 'C1', свободный: 'C2', свободно: 'C2',
};

const KINDS: Record<string, CaseKind> = {
  affirmative: 'affirmative', uscis: 'affirmative', 'asylum office': 'affirmative', аффирмативный: 'affirmative', аффирмативное: 'affirmative', аффирмативка: 'affirmative',
  defensive: 'defensive', court: 'defensive', 'immigration court': 'defensive', eoir: 'defensive', дефенсивный: 'defensive', дефенсивное: 'defensive', суд: 'defensive', дефенс: 'defensive',
};

const LANGUAGES: Record<string, string> = {
  russian: 'ru', русский: 'ru', english: 'en', английский: 'en', ukrainian: 'uk', украинский: 'uk', belarusian: 'be', белорусский: 'be',
  spanish: 'es', испанский: 'es', german: 'de', немецкий: 'de', french: 'fr', французский: 'fr', kazakh: 'kk', казахский: 'kk',
  georgian: 'ka', грузинский: 'ka', armenian: 'hy', армянский: 'hy', uzbek: 'uz', узбекский: 'uz', tatar: 'tt', татарский: 'tt',
};

export function readEducation(text: string): EducationLevel | null {
  const k = key(text);
  return (EDUCATION_LEVELS as readonly string[]).includes(k) ? (k as EducationLevel) : (EDUCATION[k] ?? null);
}

export function readEnglish(text: string): EnglishLevel | null {
  // CEFR letters typed on a Russian keyboard (А, В, С) count as Latin.
  const cefr = text.trim().toUpperCase().replace(/А/g, 'A').replace(/В/g, 'B').replace(/С/g, 'C');
  if ((ENGLISH_LEVELS as readonly string[]).includes(cefr)) return cefr as EnglishLevel;
  return ENGLISH_WORDS[key(text)] ?? null;
}

export function readCaseKind(text: string): CaseKind | null {
  return KINDS[key(text)] ?? null;
}

/** A list of languages: names in English or Russian become codes, anything else is kept as written. */
export function readLanguages(text: string): string[] {
  const out = text
    .split(/[,;/|]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => LANGUAGES[key(part)] ?? part.toLowerCase());
  return [...new Set(out)];
}

/** A household size: a whole number in a number or a text cell. */
export function readWholeNumber(value: string | number): number | null {
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isInteger(n) ? n : null;
}

const CHANNELS: Record<string, ContactChannel> = {
  сигнал: 'signal', телеграм: 'telegram', телеграмм: 'telegram', tg: 'telegram', тг: 'telegram', вотсап: 'whatsapp', ватсап: 'whatsapp', 'whats app': 'whatsapp',
  телефон: 'phone', звонок: 'phone', call: 'phone', почта: 'email', 'e mail': 'email', имейл: 'email',
};

export function readContactChannel(text: string): ContactChannel | null {
  const k = key(text);
  return (CONTACT_CHANNELS as readonly string[]).includes(k) ? (k as ContactChannel) : (CHANNELS[k] ?? null);
}
