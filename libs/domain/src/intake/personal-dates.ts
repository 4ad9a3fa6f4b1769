import type { IsoDate } from '../asylum/dates';

/** Dates about a person that cannot lie in the future: a birth, a past arrival. */
export const PAST_PERSONAL_DATES = ['dateOfBirth', 'lastArrivalOn'] as const;
export type PastPersonalDate = (typeof PAST_PERSONAL_DATES)[number];

/** The first field dated after today, or null. Today is the organization's calendar day, passed in. */
export function futurePersonalDate(fields: Partial<Record<PastPersonalDate, IsoDate | null | undefined>>, today: IsoDate): PastPersonalDate | null {
  for (const field of PAST_PERSONAL_DATES) {
    const value = fields[field];
    if (value && value > today) return field;
  }
  return null;
}
