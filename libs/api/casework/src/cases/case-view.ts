import type { CaseRecord } from '@ct/contracts';
import type { FieldCipher, RequestUser } from '@ct/api-core';
import { aad, seesIdentity } from '../clients/client-view';
import type { CaseEntity } from '../entities/case.entity';
import type { MilestoneEntity } from '../entities/milestone.entity';
import { computeCase } from './case-deadlines';

export function toCaseRecord(
  k: CaseEntity,
  context: { lastArrivalOn: string | null; clientCode: string; milestones: MilestoneEntity[]; asOf: string },
  actor: RequestUser,
  cipher: FieldCipher,
): CaseRecord & { clientCode: string } {
  const { clock: _clock, permit: _permit, fee: _fee, ...computed } = computeCase(context.lastArrivalOn, k, context.milestones, context.asOf);
  const record: CaseRecord & { clientCode: string } = {
    id: k.id,
    clientId: k.clientId,
    clientCode: context.clientCode,
    kind: k.kind,
    status: k.status,
    judgeDeadlineOn: k.judgeDeadlineOn,
    oneYearExceptionClaimed: k.oneYearExceptionClaimed,
    createdAt: k.createdAt.toISOString(),
    updatedAt: k.updatedAt.toISOString(),
    version: k.version,
    ...computed,
  };
  if (seesIdentity(actor)) {
    record.i589ReceiptNumber = cipher.decryptNullable(k.i589ReceiptEnc, aad('cases', 'i589_receipt', k.id));
    record.i765ReceiptNumber = cipher.decryptNullable(k.i765ReceiptEnc, aad('cases', 'i765_receipt', k.id));
  }
  return record;
}
