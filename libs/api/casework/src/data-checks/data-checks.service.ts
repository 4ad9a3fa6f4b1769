import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { DataCheckItem, DataCheckReport } from '@ct/contracts';
import { checkMilestones, futurePersonalDate } from '@ct/domain';
import { APP_CONFIG, type AppConfig, FieldCipher, type RequestUser, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { groupByCase } from '../cases/case-deadlines';
import { aad } from '../clients/client-view';
import { ClientEntity } from '../entities/client.entity';
import { MilestoneEntity } from '../entities/milestone.entity';

/**
 * Existing records that break the data checks (saved before the checks existed, or unusual by design):
 * milestone contradictions and oddities, future birth and arrival dates, A-numbers held by two clients,
 * likely duplicates. Admins see everything; a caseworker sees their own caseload, and learns only that a
 * duplicate exists elsewhere, never which client it is.
 */
@Injectable()
export class DataChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  async report(actor: RequestUser): Promise<DataCheckReport> {
    const asOf = todayIn(this.config.timeZone);
    const where = actor.role === 'caseworker' ? { caseworkerId: actor.id } : {};
    const clients = await this.dataSource.getRepository(ClientEntity).find({
      where,
      select: { id: true, code: true, dateOfBirthEnc: true, lastArrivalOn: true, aNumberIndex: true, identityIndex: true, caseworkerId: true },
    });
    const ids = clients.map((c) => c.id);
    const items: DataCheckItem[] = [];
    const code = new Map(clients.map((c) => [c.id, c.code]));
    for (const c of clients) {
      const field = futurePersonalDate({ dateOfBirth: this.cipher.decryptNullable(c.dateOfBirthEnc, aad('clients', 'date_of_birth', c.id)), lastArrivalOn: c.lastArrivalOn }, asOf);
      if (field) items.push({ severity: 'impossible', code: 'FUTURE_DATE', clientId: c.id, clientCode: c.code, caseId: null, milestoneId: null, field, message: `${field} is after today` });
    }
    if (ids.length > 0) {
      const shared = async (column: 'a_number_index' | 'identity_index'): Promise<Set<string>> => {
        const rows: { id: string }[] = await this.dataSource.query(
          `SELECT c.id FROM clients c WHERE c.id = ANY($1) AND c.${column} IS NOT NULL AND EXISTS (SELECT 1 FROM clients o WHERE o.${column} = c.${column} AND o.id <> c.id)`,
          [ids],
        );
        return new Set(rows.map((r) => r.id));
      };
      for (const id of await shared('a_number_index')) {
        items.push({ severity: 'impossible', code: 'DUPLICATE_A_NUMBER', clientId: id, clientCode: code.get(id) ?? '', caseId: null, milestoneId: null, field: 'aNumber', message: 'another client holds the same A-number; an admin can merge the two records' });
      }
      for (const id of await shared('identity_index')) {
        items.push({ severity: 'unusual', code: 'LIKELY_DUPLICATE', clientId: id, clientCode: code.get(id) ?? '', caseId: null, milestoneId: null, field: null, message: 'another client has the same name and date of birth' });
      }
      const milestones = await this.dataSource.getRepository(MilestoneEntity).find({ where: { clientId: In(ids) }, select: { id: true, caseId: true, clientId: true, type: true, date: true, endDate: true } });
      for (const [caseId, group] of groupByCase(milestones)) {
        for (const f of checkMilestones(group, asOf)) {
          const clientId = group[0].clientId;
          items.push({ severity: f.severity, code: f.code, clientId, clientCode: code.get(clientId) ?? '', caseId, milestoneId: f.milestoneId, field: 'date', otherType: f.otherType, params: f.params, message: f.message });
        }
      }
    }
    items.sort((a, b) => (a.severity === b.severity ? a.clientCode.localeCompare(b.clientCode) : a.severity === 'impossible' ? -1 : 1));
    await this.audit.record({ actor, action: 'list', resource: 'data-checks', details: { ids: [...new Set(items.map((i) => i.clientId))] } });
    return { asOf, clientsChecked: clients.length, items };
  }
}
