import { type EntityManager, In } from 'typeorm';
import type { MatchRecord } from '@ct/contracts';
import { hostSeesFirstName, isConfirmed } from '@ct/domain';
import type { FieldCipher, RequestUser } from '@ct/api-core';
import { ClientEntity, aad } from '@ct/api-casework';
import { UserEntity } from '@ct/api-users';
import { HousingOfferEntity } from '../entities/housing-offer.entity';
import { HousingRequestEntity } from '../entities/housing-request.entity';
import type { MatchEntity } from '../entities/match.entity';
import { explainFor } from '../shared/housing-views';

/** What a page of matches needs beyond its rows; loaded with a fixed number of queries, never one per match. */
export interface MatchContext {
  codes: Map<string, string>;
  hosts: Map<string, { name: string | null; contact: string | null }>;
  firstNames: Map<string, string>;
}

const seesHost = (actor: RequestUser) => actor.role === 'caseworker' || actor.role === 'admin';

/**
 * Identity crosses only after a caseworker's acceptance, and only what each side needs: the caseworker
 * (and admins) get the host's name and contact; the host gets the client's first name if the caseworker
 * recorded consent. Nothing is decrypted for a viewer who may not see it.
 * Inside a transaction pass its manager: the embedded database serves one connection at a time.
 */
export async function loadMatchContext(manager: EntityManager, matches: MatchEntity[], actor: RequestUser, cipher: FieldCipher): Promise<MatchContext> {
  const ctx: MatchContext = { codes: new Map(), hosts: new Map(), firstNames: new Map() };
  if (matches.length === 0) return ctx;
  const requests = await manager.find(HousingRequestEntity, { where: { id: In(unique(matches.map((m) => m.requestId))) }, select: { id: true, code: true, clientId: true } });
  for (const r of requests) ctx.codes.set(r.id, r.code);

  const confirmed = matches.filter((m) => isConfirmed(m.status));
  if (seesHost(actor) && confirmed.length > 0) {
    const offers = await manager.find(HousingOfferEntity, { where: { id: In(unique(confirmed.map((m) => m.offerId))) }, select: { id: true, hostId: true, hostContactEnc: true } });
    const users = await manager.find(UserEntity, { where: { id: In(unique(offers.map((o) => o.hostId))) }, select: { id: true, displayName: true } });
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    for (const o of offers) {
      ctx.hosts.set(o.id, { name: names.get(o.hostId) ?? null, contact: cipher.decryptNullable(o.hostContactEnc, aad('housing_offers', 'host_contact', o.id)) });
    }
  }

  const named = matches.filter((m) => hostSeesFirstName(m.status, m.shareFirstName));
  if (actor.role === 'volunteer' && named.length > 0) {
    const clientOf = new Map(requests.map((r) => [r.id, r.clientId]));
    const clientIds = unique(named.map((m) => clientOf.get(m.requestId) as string));
    const clients = await manager.find(ClientEntity, { where: { id: In(clientIds) }, select: { id: true, firstNameEnc: true } });
    const byClient = new Map(clients.map((c) => [c.id, cipher.decrypt(c.firstNameEnc, aad('clients', 'first_name', c.id))]));
    for (const m of named) {
      const name = byClient.get(clientOf.get(m.requestId) as string);
      if (name !== undefined) ctx.firstNames.set(m.id, name);
    }
  }
  return ctx;
}

export function toMatchRecord(m: MatchEntity, ctx: MatchContext, actor: RequestUser): MatchRecord {
  const record: MatchRecord = {
    id: m.id,
    requestId: m.requestId,
    offerId: m.offerId,
    requestCode: ctx.codes.get(m.requestId) ?? '',
    status: m.status,
    ...withoutEligible(explainFor({ eligible: true, score: m.score, parts: m.parts }, actor)),
    householdSize: m.householdSize,
    proposedBy: m.proposedByRole,
    shareFirstName: m.shareFirstName,
    movedInOn: m.movedInOn,
    endedOn: m.endedOn,
    endReason: m.endReason,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    version: m.version,
  };
  if (seesHost(actor)) {
    record.housingSituationId = m.housingSituationId;
    const host = isConfirmed(m.status) ? ctx.hosts.get(m.offerId) : undefined;
    record.hostName = host?.name ?? null;
    record.hostContact = host?.contact ?? null;
  }
  const firstName = ctx.firstNames.get(m.id);
  if (actor.role === 'volunteer' && firstName !== undefined) record.clientFirstName = firstName;
  return record;
}

function withoutEligible<T extends { eligible: boolean }>(value: T): Omit<T, 'eligible'> {
  const { eligible: _eligible, ...rest } = value;
  return rest;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
