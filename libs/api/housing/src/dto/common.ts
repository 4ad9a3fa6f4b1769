import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value);
const lowerAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);

/** Language codes (BCP 47 style: 'ru', 'en', 'uk', 'en-us'), compared by primary subtag when matching. */
export function IsLanguageList() {
  const decorators = [
    Transform(lowerAll),
    IsArray(),
    ArrayMaxSize(12),
    Matches(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { each: true, message: 'languages must be language codes such as ru, en or en-us' }),
  ];
  return (target: object, property: string) => decorators.forEach((d) => d(target, property));
}
