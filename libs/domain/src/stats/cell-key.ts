import { StatsInputError } from './stats.errors';

/**
 * Cell-key perturbation, as the Australian Bureau of Statistics' TableBuilder and the UK's 2021 census
 * publish tables.
 *
 * Every client has a permanent, secret, random record key: a whole number in [0, RECORD_KEY_LIMIT),
 * drawn once by the database (migration `StatsRecordKeys`) and never sent anywhere. A published count is
 * computed per calendar quarter of filing; each quarter's part of a figure gets a cell key derived from
 *   - the sum of the record keys of the people in that part (the members), and
 *   - the sum and number of the record keys of everyone the quarter covers (all clients counted in it),
 *   - the figure's name,
 * so that the same people always give the same noise (asking again, or through a longer period, gives
 * nothing new to average), and adding, removing or changing one person redraws the noise of every figure
 * of their quarter, including the figures that person is not in (a plain cell key would leave those
 * unchanged, and so tell what the person is not). The secrecy lies in the record keys: without them the
 * cell key of any cell is uniformly distributed and unknowable; the mixing function below only has to
 * spread the sums evenly.
 *
 * The cell key, a fraction in [0, 1), picks the noise from PERTURBATION_TABLE.
 */
export const RECORD_KEY_LIMIT = 2 ** 31;

/**
 * The perturbation table: the noise added to a count, with its probability in hundredths. Zero-mean
 * (symmetric), variance 1.5 (standard deviation about 1.2), never more than ±3: a published count is
 * within 3 of the truth for one quarter, and the errors of several quarters partly cancel.
 *
 *   noise        -3    -2    -1     0    +1    +2    +3
 *   probability  0.03  0.07  0.20  0.40  0.20  0.07  0.03
 *
 * The widest noise is rare on purpose: someone who solves many overlapping figures for the exact counts
 * can pin a count only where the noise happened to be extreme on both sides, and the table is public,
 * so its bound is what an attacker would use.
 */
export const PERTURBATION_TABLE: readonly { noise: number; hundredths: number }[] = [
  { noise: -3, hundredths: 3 },
  { noise: -2, hundredths: 7 },
  { noise: -1, hundredths: 20 },
  { noise: 0, hundredths: 40 },
  { noise: 1, hundredths: 20 },
  { noise: 2, hundredths: 7 },
  { noise: 3, hundredths: 3 },
];

/** The largest noise in absolute value: the bound an attacker knows. */
export const MAX_PERTURBATION = Math.max(...PERTURBATION_TABLE.map((e) => Math.abs(e.noise)));

/** The keys of a group of people: how many, and the sum of their record keys. */
export interface KeyedGroup {
  n: number;
  keySum: number;
}

export interface CellKeyInput {
  /** The people in this part of the figure. */
  members: KeyedGroup;
  /** Everyone the question covers (for a quarter's part: all clients counted in that quarter). */
  cover: KeyedGroup;
  /** The figure's name, e.g. 'homeless' or 'supportNeeds:medical' (never a period or a value). */
  figure: string;
}

function assertGroup(g: KeyedGroup, label: string): void {
  if (!Number.isSafeInteger(g.n) || g.n < 0) throw new StatsInputError('INVALID_COUNT', `${label}.n must be a non-negative integer`);
  if (!Number.isSafeInteger(g.keySum) || g.keySum < 0 || g.keySum > g.n * (RECORD_KEY_LIMIT - 1)) {
    throw new StatsInputError('INVALID_VALUE', `${label}.keySum is not a sum of ${g.n} record keys`);
  }
}

/** MurmurHash3's 32-bit finalizer: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(h: number, word: number): number {
  return fmix32((Math.imul(h ^ (word >>> 0), 0x9e3779b1) + 0x7f4a7c15) >>> 0);
}

/** Splits a safe integer into 32-bit words, low first. */
const words = (x: number): [number, number] => [x % 2 ** 32 >>> 0, Math.floor(x / 2 ** 32) >>> 0];

function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/** The cell key: a fraction in [0, 1), evenly spread over the possible sums of secret record keys. */
export function cellKey(input: CellKeyInput): number {
  assertGroup(input.members, 'members');
  assertGroup(input.cover, 'cover');
  let h = hashString(input.figure, 0x3c6ef372);
  for (const w of [...words(input.members.keySum), input.members.n, ...words(input.cover.keySum), input.cover.n]) h = mix(h, w);
  // Two rounds over the words so that the sums' high and low bits are folded together.
  h = mix(h, words(input.members.keySum)[0] ^ words(input.cover.keySum)[0]);
  return fmix32(h) / 2 ** 32;
}

/** The noise the table assigns to a cell key (the key's position in the cumulative probabilities). */
export function perturbationFor(key: number): number {
  if (!(key >= 0 && key < 1)) throw new StatsInputError('INVALID_VALUE', 'a cell key is a fraction in [0, 1)');
  let point = Math.floor(key * 100);
  for (const entry of PERTURBATION_TABLE) {
    if (point < entry.hundredths) return entry.noise;
    point -= entry.hundredths;
  }
  return PERTURBATION_TABLE[PERTURBATION_TABLE.length - 1].noise;
}

/**
 * The noise of one quarter's part of a figure. A part with nobody in it gets noise too whenever the
 * quarter covers anyone: otherwise adding a person who is not in a figure would leave it exactly as it
 * was, and so tell what that person is not. Only a quarter with nobody at all adds nothing.
 */
export function partNoise(input: CellKeyInput): number {
  return input.cover.n === 0 ? 0 : perturbationFor(cellKey(input));
}

/** Durations are published in whole weeks: days rounded to the nearest multiple of 7. */
export function roundToWeek(days: number): number {
  if (!Number.isFinite(days)) throw new StatsInputError('INVALID_VALUE', 'a duration must be a finite number of days');
  return Math.round(days / 7) * 7 + 0;
}

/** The table's noise values in order (-3 … +3): percentiles are computed at one quantile per value. */
export const PERTURBATION_NOISES: readonly number[] = PERTURBATION_TABLE.map((e) => e.noise);

/** The position of a noise value in PERTURBATION_NOISES. */
export function noiseIndex(noise: number): number {
  const i = PERTURBATION_NOISES.indexOf(noise);
  if (i < 0) throw new StatsInputError('INVALID_VALUE', `${noise} is not in the perturbation table`);
  return i;
}
