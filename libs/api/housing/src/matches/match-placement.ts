import { randomUUID } from 'node:crypto';
import { type EntityManager, IsNull } from 'typeorm';
import { type RequestUser, ValidationError } from '@ct/api-core';
import type { AuditService } from '@ct/api-audit';
import { HousingSituationEntity } from '@ct/api-casework';

/**
 * Moving in adds a host placement to the client's housing history (which the statistics read), ending
 * the situation that was open that day; ending the match closes the placement. Rows are written through
 * the transaction's manager and audited like any other housing-history write.
 */
export async function startPlacement(manager: EntityManager, audit: AuditService, actor: RequestUser, clientId: string, movedInOn: string): Promise<string> {
  const open = await manager.find(HousingSituationEntity, { where: { clientId, endedOn: IsNull() }, order: { startedOn: 'ASC' } });
  for (const situation of open) {
    if (situation.startedOn > movedInOn) {
      throw new ValidationError('movedInOn', "must not be before the start of the client's current housing situation");
    }
    situation.endedOn = movedInOn;
    await manager.save(situation);
    await audit.record({ actor, action: 'update', resource: 'housing-situations', recordId: situation.id, details: { changed: ['endedOn'], via: 'matches' } }, manager);
  }
  const placement = manager.create(HousingSituationEntity, { id: randomUUID(), clientId, category: 'host_placement', startedOn: movedInOn, endedOn: null, noteEnc: null });
  await manager.save(placement);
  await audit.record({ actor, action: 'create', resource: 'housing-situations', recordId: placement.id, details: { via: 'matches' } }, manager);
  return placement.id;
}

/** Closes the placement (if a caseworker has not deleted it meanwhile). */
export async function endPlacement(manager: EntityManager, audit: AuditService, actor: RequestUser, situationId: string | null, endedOn: string): Promise<void> {
  if (!situationId) return;
  const situation = await manager.findOneBy(HousingSituationEntity, { id: situationId });
  if (!situation) return;
  if (endedOn < situation.startedOn) throw new ValidationError('endedOn', 'must not be before the placement started');
  situation.endedOn = endedOn;
  await manager.save(situation);
  await audit.record({ actor, action: 'update', resource: 'housing-situations', recordId: situation.id, details: { changed: ['endedOn'], via: 'matches' } }, manager);
}
