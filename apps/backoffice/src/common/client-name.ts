import type { ClientRecord } from '@ct/contracts';

/** The client's name for those who may see it (caseworkers, admins), else the pseudonymous code (directors). */
export function clientLabel(record: Pick<ClientRecord, 'code' | 'firstName' | 'lastName'> | undefined): string {
  if (!record) return '';
  const name = [record.firstName, record.lastName].filter(Boolean).join(' ');
  return name || record.code;
}

/** "A123-456-789" for a stored 9-digit A-number; anything else as is. */
export function formatANumber(aNumber: string | null | undefined): string {
  if (!aNumber) return '';
  return /^\d{9}$/.test(aNumber) ? `A${aNumber.slice(0, 3)}-${aNumber.slice(3, 6)}-${aNumber.slice(6)}` : aNumber;
}
