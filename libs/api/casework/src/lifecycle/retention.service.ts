import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RetentionDueRecord } from '@ct/contracts';
import { retentionDueOn } from '@ct/domain';
import { APP_CONFIG, type AppConfig, AppError, type RequestUser, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { ClientScope } from '../clients/client-scope';
import { ClientErasure } from './client-erasure';

/**
 * Retention (HUD HMIS privacy baseline: 7 years by default, RETENTION_YEARS): a client whose cases are
 * all closed comes up for review `retentionYears` after the last one closed (the closed case's last
 * change); an admin confirms, and the client is de-identified by the same mechanism as erasure.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scope: ClientScope,
    private readonly erasure: ClientErasure,
    private readonly audit: AuditService,
  ) {}

  private async due(manager: EntityManager, clientId: string | null): Promise<RetentionDueRecord[]> {
    const rows: { id: string; code: string; closed_on: string }[] = await manager.query(
      `SELECT c.id, c.code, to_char(max(k.updated_at AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS closed_on
         FROM clients c JOIN cases k ON k.client_id = c.id
        WHERE c.erased_at IS NULL AND ($2::uuid IS NULL OR c.id = $2::uuid)
        GROUP BY c.id, c.code
       HAVING bool_and(k.status = 'closed')
        ORDER BY closed_on, c.code`,
      [this.config.timeZone, clientId],
    );
    const today = todayIn(this.config.timeZone);
    return rows
      .map((r) => ({ id: r.id, code: r.code, closedOn: r.closed_on, dueOn: retentionDueOn(r.closed_on, this.config.retentionYears), years: this.config.retentionYears }))
      .filter((r) => r.dueOn <= today);
  }

  async report(actor: RequestUser): Promise<RetentionDueRecord[]> {
    const rows = await this.due(this.dataSource.manager, null);
    await this.audit.record({ actor, action: 'list', resource: 'retention', details: { ids: rows.map((r) => r.id) } });
    return rows;
  }

  /** De-identifies one client due for review, after an admin confirmed it. */
  async deidentify(clientId: string, actor: RequestUser): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scope.find(manager, actor, clientId, true);
      if ((await this.due(manager, clientId)).length === 0) throw new AppError('CONFLICT', 'this client is not due for retention review', 'id');
      await this.erasure.eraseRecorded(manager, client, actor, 'retention');
      return { id: clientId };
    });
  }
}
