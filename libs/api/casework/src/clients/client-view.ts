import type { ClientRecord, ClientWarning, DirectorClientRecord } from '@ct/contracts';
import { type FieldCipher, type RequestUser, fieldAad } from '@ct/api-core';
import type { ClientEntity } from '../entities/client.entity';

/** Only admins and the assigned caseworker ever see who a client is. */
export function seesIdentity(actor: RequestUser): boolean {
  return actor.role === 'admin' || actor.role === 'caseworker';
}

/** Associated data of an encrypted value (the registry's, under the name casework uses). */
export const aad = fieldAad;

/**
 * The per-role field allowlist for clients. Directors get no row-level fact about a client (no dates,
 * region, profession, consent, not even when the record was created): only what reassigning needs.
 * Nothing is decrypted for a role that may not see it.
 */
export function toClientRecord(c: ClientEntity, actor: RequestUser, cipher: FieldCipher, warnings: ClientWarning[] = []): ClientRecord | DirectorClientRecord {
  if (actor.role === 'director') return { id: c.id, code: c.code, caseworkerId: c.caseworkerId, version: c.version };
  const base: ClientRecord = {
    id: c.id,
    code: c.code,
    lastArrivalOn: c.lastArrivalOn,
    languages: c.languages,
    educationLevel: c.educationLevel,
    englishLevel: c.englishLevel,
    profession: c.profession,
    householdSize: c.householdSize,
    region: c.region,
    caseworkerId: c.caseworkerId,
    excludeFromStatistics: c.excludeFromStatistics,
    contactChannel: c.contactChannel as ClientRecord['contactChannel'],
    asylumOffice: c.asylumOffice,
    interpreterLanguage: c.interpreterLanguage,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
  if (!seesIdentity(actor)) return base;
  return {
    ...base,
    firstName: cipher.decrypt(c.firstNameEnc, aad('clients', 'first_name', c.id)),
    lastName: cipher.decrypt(c.lastNameEnc, aad('clients', 'last_name', c.id)),
    aNumber: cipher.decryptNullable(c.aNumberEnc, aad('clients', 'a_number', c.id)),
    dateOfBirth: cipher.decryptNullable(c.dateOfBirthEnc, aad('clients', 'date_of_birth', c.id)),
    email: cipher.decryptNullable(c.emailEnc, aad('clients', 'email', c.id)),
    phone: cipher.decryptNullable(c.phoneEnc, aad('clients', 'phone', c.id)),
    chosenName: cipher.decryptNullable(c.chosenNameEnc, aad('clients', 'chosen_name', c.id)),
    pronouns: cipher.decryptNullable(c.pronounsEnc, aad('clients', 'pronouns', c.id)),
    attorney: cipher.decryptNullable(c.attorneyEnc, aad('clients', 'attorney', c.id)),
    contactHandle: cipher.decryptNullable(c.contactHandleEnc, aad('clients', 'contact_handle', c.id)),
    warnings,
  };
}
