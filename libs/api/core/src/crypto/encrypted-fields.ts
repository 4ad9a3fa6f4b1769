import type { Role } from '@ct/contracts';

/**
 * What an encrypted value is, which decides what erasure does with it:
 * - `identity`: says who a person is (name, A-number, receipt numbers, contact); erased with the client;
 * - `free-text`: may say anything about a person; erased with the client;
 * - `host`: a volunteer host's own data, not a client's; untouched by a client's erasure;
 * - `credential`: a user's sign-in secret, never sent by the API.
 */
export type EncryptedFieldKind = 'identity' | 'free-text' | 'host' | 'credential';

export interface EncryptedField {
  /** Table holding the value. */
  table: string;
  /** Logical column: the value is stored in `<column>_enc`, with `<table>.<column>:<id>` as associated data. */
  column: string;
  /** Name of the field in the API; null for a value the API never returns. */
  apiField: string | null;
  /** Feature module that owns the table (the only one that writes it). */
  owner: 'casework' | 'housing' | 'auth' | 'deadlines';
  /** The row's key, used in the associated data (`<table>.<column>:<key>`); `id` unless given. */
  keyColumn?: string;
  kind: EncryptedFieldKind;
  /** Roles that may ever receive the decrypted value (object-level checks still apply). */
  seenBy: readonly Role[];
  /** How a row belongs to a client: `id` (the client row itself), `client_id`, or null (not a client's). */
  clientKey: 'id' | 'client_id' | null;
}

/**
 * The one registry of encrypted fields. Key rotation, erasure, the backup checks and the test that
 * compares it with every `*_enc` column in the database read it. A new encrypted column is added here in
 * the same change as its migration; the registry test fails until it is.
 */
export const ENCRYPTED_FIELDS: readonly EncryptedField[] = [
  { table: 'clients', column: 'first_name', apiField: 'firstName', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'last_name', apiField: 'lastName', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'a_number', apiField: 'aNumber', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'date_of_birth', apiField: 'dateOfBirth', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'email', apiField: 'email', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'phone', apiField: 'phone', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'chosen_name', apiField: 'chosenName', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'pronouns', apiField: 'pronouns', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'attorney', apiField: 'attorney', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'clients', column: 'contact_handle', apiField: 'contactHandle', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'id' },
  { table: 'cases', column: 'i589_receipt', apiField: 'i589ReceiptNumber', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'cases', column: 'i765_receipt', apiField: 'i765ReceiptNumber', owner: 'casework', kind: 'identity', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'milestones', column: 'note', apiField: 'note', owner: 'casework', kind: 'free-text', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'housing_situations', column: 'note', apiField: 'note', owner: 'casework', kind: 'free-text', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'support_needs', column: 'note', apiField: 'note', owner: 'casework', kind: 'free-text', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'notes', column: 'body', apiField: 'body', owner: 'casework', kind: 'free-text', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'tasks', column: 'note', apiField: 'note', owner: 'deadlines', kind: 'free-text', seenBy: ['admin', 'caseworker'], clientKey: 'client_id' },
  { table: 'housing_offers', column: 'note', apiField: 'note', owner: 'housing', kind: 'host', seenBy: ['admin', 'caseworker', 'volunteer'], clientKey: null },
  { table: 'housing_offers', column: 'host_contact', apiField: 'hostContact', owner: 'housing', kind: 'host', seenBy: ['admin', 'caseworker', 'volunteer'], clientKey: null },
  { table: 'mfa_totp', column: 'secret', apiField: null, owner: 'auth', kind: 'credential', seenBy: [], clientKey: null, keyColumn: 'user_id' },
  { table: 'mfa_totp', column: 'pending_secret', apiField: null, owner: 'auth', kind: 'credential', seenBy: [], clientKey: null, keyColumn: 'user_id' },
];

/** The stored column of an encrypted field. */
export const encryptedColumn = (f: Pick<EncryptedField, 'column'>): string => `${f.column}_enc`;

/** Associated data binding a ciphertext to its table, column and row. */
export const fieldAad = (table: string, column: string, id: string): string => `${table}.${column}:${id}`;

/** The registered fields of one table. */
export const encryptedFieldsOf = (table: string): EncryptedField[] => ENCRYPTED_FIELDS.filter((f) => f.table === table);

/** Whether a role may ever receive a field's decrypted value. */
export const maySee = (f: EncryptedField, role: Role): boolean => f.seenBy.includes(role);
