import type { ClientRecord } from '@ct/contracts';

/**
 * The client's name for those who may see it (caseworkers, admins), else the pseudonymous code (directors).
 * The chosen name comes first wherever the app names a person; the legal name is shown where the law needs it.
 */
export function clientLabel(record: Pick<ClientRecord, 'code' | 'firstName' | 'lastName' | 'chosenName'> | undefined): string {
  if (!record) return '';
  const name = [record.chosenName || record.firstName, record.lastName].filter(Boolean).join(' ');
  return name || record.code;
}

/** The legal name, when it differs from what `clientLabel` shows. */
export function legalNameIfDifferent(record: Pick<ClientRecord, 'firstName' | 'lastName' | 'chosenName'>): string | null {
  if (!record.chosenName || record.chosenName === record.firstName) return null;
  return [record.firstName, record.lastName].filter(Boolean).join(' ');
}

/** "A123-456-789" for a stored 9-digit A-number; anything else as is. */
export function formatANumber(aNumber: string | null | undefined): string {
  if (!aNumber) return '';
  return /^\d{9}$/.test(aNumber) ? `A${aNumber.slice(0, 3)}-${aNumber.slice(3, 6)}-${aNumber.slice(6)}` : aNumber;
}
