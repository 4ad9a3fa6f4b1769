/** A dated consent record as the rules see it (ISO dates, `YYYY-MM-DD`). */
export interface ConsentFacts {
  purpose: string;
  granted: boolean;
  givenOn: string;
  expiresOn: string | null;
  withdrawnOn: string | null;
  /** Tie-break between two records given the same day: the later recorded wins. */
  recordedAt: string;
}

/** The record of a purpose that speaks today: the latest one given on or before today, or none. */
export function currentConsent<T extends ConsentFacts>(records: readonly T[], purpose: string, today: string): T | null {
  let best: T | null = null;
  for (const r of records) {
    if (r.purpose !== purpose || r.givenOn > today) continue;
    if (!best || r.givenOn > best.givenOn || (r.givenOn === best.givenOn && r.recordedAt > best.recordedAt)) best = r;
  }
  return best;
}

/** Whether one record, taken alone, is a yes that holds today (granted, not withdrawn, not expired). */
export function holdsOn(record: ConsentFacts, today: string): boolean {
  return (
    record.granted &&
    record.givenOn <= today &&
    (record.withdrawnOn === null || record.withdrawnOn > today) &&
    (record.expiresOn === null || record.expiresOn >= today)
  );
}

/**
 * Whether the client consents to a purpose today: the current record holds. `undefined` when the purpose
 * has no record yet (the caller keeps what was set before consent records existed).
 */
export function consentsTo(records: readonly ConsentFacts[], purpose: string, today: string): boolean | undefined {
  const current = currentConsent(records, purpose, today);
  return current ? holdsOn(current, today) : undefined;
}

/** Retention: the day a client comes up for review, `years` after the last of their cases closed. */
export function retentionDueOn(closedOn: string, years: number): string {
  const [y, m, d] = closedOn.split('-').map(Number);
  // 29 February closes fall due on 28 February of a common year.
  const due = new Date(Date.UTC(y + years, m - 1, d));
  if (due.getUTCMonth() !== m - 1) due.setUTCDate(0);
  return due.toISOString().slice(0, 10);
}
