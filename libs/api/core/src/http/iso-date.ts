import { type ValidationOptions, registerDecorator } from 'class-validator';

/** A real calendar day written YYYY-MM-DD, between 1900 and 2100 (2026-02-30 is refused). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function IsIsoDay(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDay',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isIsoDay(value) },
    });
}

/** Today's date where the organization works (dates in this domain are calendar days, not instants). */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
