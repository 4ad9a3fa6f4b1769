/**
 * One canonical Latin "skeleton" per name, so that a name written in Cyrillic and its usual romanizations
 * (passport ICAO, BGN/PCGN, German, informal) land on the same search key: Кирилл, Kirill and Kiril give
 * `kiril`; Васильев, Vasiliev, Vasilyev and Wassiljew give `vasilev`. The skeleton is only ever a search
 * key (hashed into a keyed blind index); it is never stored or shown.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters that appear in Russian-speakers' names.
  і: 'i', ї: 'i', є: 'ye', ґ: 'g', ў: 'u',
};

/** Rewrites applied in order to the romanized word; each folds spelling variants of one sound. */
const FOLDS: readonly [RegExp, string][] = [
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/s?shch|sch/g, 'sh'],
  [/tsch/g, 'ch'],
  [/tch/g, 'ch'],
  [/ck/g, 'k'],
  [/tz/g, 'ts'],
  [/c(?!h)/g, 'k'],
  [/j/g, 'y'],
  [/yo/g, 'e'],
  [/y/g, 'i'],
  [/i+/g, 'i'],
  [/ie/g, 'e'],
  [/(.)\1+/g, '$1'],
];

/** The skeleton of one word (letters and digits only; anything else is dropped). */
export function nameSkeleton(word: string): string {
  const base = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // NFKD split й and ё into и/е plus a mark, which the line above dropped: both map as above.
  let latin = '';
  for (const ch of base) latin += CYRILLIC[ch] ?? ch;
  latin = latin.replace(/[^\p{L}\p{N}]/gu, '');
  for (const [pattern, replacement] of FOLDS) latin = latin.replace(pattern, replacement);
  return latin;
}

/** The words of a name or query, each as its skeleton; empty skeletons are dropped. */
export function nameSkeletons(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .map(nameSkeleton)
    .filter((w) => w.length > 0);
}
