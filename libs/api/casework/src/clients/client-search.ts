import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { type BlindIndex, type FieldCipher, type RequestUser, ValidationError, aNumberKey, normalizeANumber } from '@ct/api-core';
import { nameSkeletons } from '@ct/domain';
import type { ClientEntity } from '../entities/client.entity';
import { A_NUMBER_TAIL_DIGITS } from './client-search-index';
import { aad } from './client-view';

const TOO_SHORT = 'type at least 3 letters of a name (Latin or Cyrillic), a whole A-number, or its last 4 or more digits';

/**
 * The `q` filter of the client list, through keyed blind indexes only (never plaintext in SQL):
 * - a whole A-number (8 or 9 digits, A and dashes allowed) → the A-number index;
 * - 4 to 7 digits → the last-four-digits index gives a small bucket of candidates in the caller's reach,
 *   whose A-numbers the app decrypts to keep those that really end with the digits;
 * - words → every word's transliteration skeleton must be a term (whole word or prefix of 3+ letters).
 */
export async function applyClientSearch(qb: SelectQueryBuilder<ClientEntity>, text: string, deps: { index: BlindIndex; cipher: FieldCipher; manager: EntityManager; actor: RequestUser }): Promise<void> {
  const aNumber = normalizeANumber(text);
  if (aNumber) {
    qb.andWhere('c.a_number_index = :an', { an: deps.index.hash('a_number', aNumberKey(aNumber)) });
    return;
  }
  const compact = text.replace(/[\s-]/g, '').replace(/^a/i, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length < A_NUMBER_TAIL_DIGITS) throw new ValidationError('filter.q', TOO_SHORT);
    const tail = deps.index.hash('a_number_tail', compact.slice(-A_NUMBER_TAIL_DIGITS));
    const params: unknown[] = [tail];
    let scope = '';
    if (deps.actor.role === 'caseworker') {
      params.push(deps.actor.id);
      scope = ' AND caseworker_id = $2';
    }
    const candidates: { id: string; a_number_enc: string }[] = await deps.manager.query(`SELECT id, a_number_enc FROM clients WHERE a_number_tail_index = $1${scope}`, params);
    const ids = candidates.filter((c) => aNumberKey(deps.cipher.decrypt(c.a_number_enc, aad('clients', 'a_number', c.id))).endsWith(compact)).map((c) => c.id);
    qb.andWhere('c.id = ANY(:tailIds)', { tailIds: ids });
    return;
  }
  const words = nameSkeletons(text);
  if (words.length === 0 || Math.max(...words.map((w) => w.length)) < 3) throw new ValidationError('filter.q', TOO_SHORT);
  qb.andWhere('c.name_index @> :terms', { terms: deps.index.queryTerms(text) });
}
