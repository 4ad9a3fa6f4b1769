import type { RaRecord } from 'react-admin';

export const PASSWORD_MIN_LENGTH = 12;

/** The edit form sends the whole record back (the API ignores read-only fields); a blank new password means "keep". */
export function withoutBlankPassword<T extends RaRecord & { password?: string | null }>(data: T): Omit<T, 'password'> | T {
  const { password, ...rest } = data;
  return password ? { ...rest, password } : rest;
}
