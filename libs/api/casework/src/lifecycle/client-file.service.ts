import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ClientFile, ClientRecord } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, FieldCipher, type RequestUser, fieldAad, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { ClientScope } from '../clients/client-scope';
import { toClientRecord } from '../clients/client-view';
import { toCaseRecord } from '../cases/case-view';
import { ConsentsService } from '../consents/consents.service';
import { CaseEntity } from '../entities/case.entity';
import { HousingSituationEntity, NoteEntity, SupportNeedEntity } from '../entities/history.entities';
import { MilestoneEntity } from '../entities/milestone.entity';

const stamps = (e: { createdAt: Date; updatedAt: Date }) => ({ createdAt: e.createdAt.toISOString(), updatedAt: e.updatedAt.toISOString() });

/**
 * A client's whole record in one document (identity, cases with computed dates and their explanations,
 * milestones, housing history, needs, notes, consents), for the client themself or the attorney they
 * choose. Only the client's caseworker or an admin may produce it; every production is audited.
 */
@Injectable()
export class ClientFileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly scope: ClientScope,
    private readonly consents: ConsentsService,
    private readonly audit: AuditService,
  ) {}

  async build(clientId: string, actor: RequestUser): Promise<ClientFile & { id: string }> {
    const today = todayIn(this.config.timeZone);
    const manager = this.dataSource.manager;
    const client = await this.scope.find(manager, actor, clientId);
    const where = { where: { clientId } };
    const [cases, milestones, housing, needs, notes] = await Promise.all([
      manager.find(CaseEntity, { ...where, order: { createdAt: 'ASC' } }),
      manager.find(MilestoneEntity, { ...where, order: { date: 'ASC', createdAt: 'ASC' } }),
      manager.find(HousingSituationEntity, { ...where, order: { startedOn: 'ASC' } }),
      manager.find(SupportNeedEntity, { ...where, order: { openedOn: 'ASC' } }),
      manager.find(NoteEntity, { ...where, order: { createdAt: 'ASC' } }),
    ]);
    const note = (table: string, id: string, value: string | null) => this.cipher.decryptNullable(value, fieldAad(table, 'note', id));
    const file: ClientFile & { id: string } = {
      id: client.id,
      generatedOn: today,
      // Only the client's caseworker or an admin reaches a file (route policy), never a director.
      client: toClientRecord(client, actor, this.cipher) as ClientRecord,
      cases: cases.map((k) =>
        toCaseRecord(k, { lastArrivalOn: client.lastArrivalOn, clientCode: client.code, milestones: milestones.filter((m) => m.caseId === k.id), asOf: today }, actor, this.cipher),
      ),
      milestones: milestones.map((m) => ({ id: m.id, caseId: m.caseId, clientId: m.clientId, type: m.type, date: m.date, endDate: m.endDate, validFrom: m.validFrom, validUntil: m.validUntil, note: note('milestones', m.id, m.noteEnc), ...stamps(m) })),
      housing: housing.map((h) => ({ id: h.id, clientId: h.clientId, category: h.category, startedOn: h.startedOn, endedOn: h.endedOn, note: note('housing_situations', h.id, h.noteEnc), ...stamps(h) })),
      needs: needs.map((n) => ({ id: n.id, clientId: n.clientId, category: n.category, urgency: n.urgency, openedOn: n.openedOn, metOn: n.metOn, note: note('support_needs', n.id, n.noteEnc), ...stamps(n) })),
      notes: notes.map((n) => ({ id: n.id, clientId: n.clientId, authorId: n.authorId, body: this.cipher.decrypt(n.bodyEnc, fieldAad('notes', 'body', n.id)), ...stamps(n) })),
      consents: await this.consents.forClient(client.id),
    };
    await this.audit.record({ actor, action: 'export', resource: 'clients', recordId: client.id, details: { document: 'client-file' } });
    return file;
  }
}
