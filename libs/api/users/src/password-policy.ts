import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { ValidationError } from '@ct/api-core';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn score 3: at least 10^8 guesses, i.e. not a common, repetitive, sequential or dictionary-made password. */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...englishDictionary }, graphs: adjacencyGraphs });
  return checker;
}

/**
 * NIST SP 800-63B 3.1.1.2: length over composition (at least 12 characters, any characters, no
 * composition rules), refused when common or easily guessed (zxcvbn with its common-password and English
 * dictionaries) or made from the account's own email. Returns the reason, or null when acceptable.
 */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (lower.includes(address) || (local.length >= 4 && lower.includes(local))) return 'must not contain your email address';
  const result = zxcvbn().check(password, [address, local, ...address.split(/[@.+_-]/).filter((p) => p.length >= 3), 'case tracker', 'casetracker']);
  if (result.score < MIN_SCORE) return 'is too common or easy to guess; use a longer phrase of unrelated words';
  return null;
}

export function assertPasswordAcceptable(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationError('password', problem);
}
