import { type BlindIndex, type FieldCipher, aNumberKey } from '@ct/api-core';
import { nameSkeletons } from '@ct/domain';
import type { ClientEntity } from '../entities/client.entity';
import { aad } from './client-view';

/** Raise when the way indexes are computed changes: rows with an older version are recomputed at start. */
export const SEARCH_INDEX_VERSION = 1;

export interface ClientIndexSource {
  firstName: string;
  lastName: string;
  chosenName?: string | null;
  aNumber?: string | null;
  dateOfBirth?: string | null;
}

export interface ClientSearchIndexes {
  nameIndex: string[];
  aNumberIndex: string | null;
  aNumberTailIndex: string | null;
  identityIndex: string | null;
  searchIndexVersion: number;
}

/** How many trailing digits of an A-number the tail index keeps (see README: why four). */
export const A_NUMBER_TAIL_DIGITS = 4;

/**
 * Every keyed blind index of a client, from the plaintext the app holds while writing:
 * - names: each word's transliteration skeleton and its prefixes from three letters (Cyrillic and Latin
 *   spellings meet), legal and chosen names alike;
 * - A-number: the whole number, and its last four digits (a bucket of about one in 10,000);
 * - identity: legal name skeletons and date of birth together, to warn about a likely duplicate.
 */
export function clientSearchIndexes(index: BlindIndex, c: ClientIndexSource): ClientSearchIndexes {
  const aNumber = c.aNumber ? aNumberKey(c.aNumber) : null;
  const identity = c.dateOfBirth ? [nameSkeletons(c.firstName).join(' '), nameSkeletons(c.lastName).join(' '), c.dateOfBirth].join('|') : null;
  return {
    nameIndex: index.nameTerms(c.firstName, c.lastName, c.chosenName),
    aNumberIndex: aNumber ? index.hash('a_number', aNumber) : null,
    aNumberTailIndex: aNumber ? index.hash('a_number_tail', aNumber.slice(-A_NUMBER_TAIL_DIGITS)) : null,
    identityIndex: identity ? index.hash('identity', identity) : null,
    searchIndexVersion: SEARCH_INDEX_VERSION,
  };
}

/** The plaintext the indexes are computed from, decrypted from a stored client (for writes and reindexing). */
export function decryptIndexSource(c: Pick<ClientEntity, 'id' | 'firstNameEnc' | 'lastNameEnc' | 'chosenNameEnc' | 'aNumberEnc' | 'dateOfBirthEnc'>, cipher: FieldCipher): ClientIndexSource {
  return {
    firstName: cipher.decrypt(c.firstNameEnc, aad('clients', 'first_name', c.id)),
    lastName: cipher.decrypt(c.lastNameEnc, aad('clients', 'last_name', c.id)),
    chosenName: cipher.decryptNullable(c.chosenNameEnc, aad('clients', 'chosen_name', c.id)),
    aNumber: cipher.decryptNullable(c.aNumberEnc, aad('clients', 'a_number', c.id)),
    dateOfBirth: cipher.decryptNullable(c.dateOfBirthEnc, aad('clients', 'date_of_birth', c.id)),
  };
}
