import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, FieldCipher, type RequestUser, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { CaseDeadlines } from '../cases/case-deadlines';
import { ClientScope } from '../clients/client-scope';
import { ClientChildService } from './client-child.service';
import { housingSituationSpec, milestoneSpec, noteSpec, supportNeedSpec } from './specs';

export const MILESTONES = Symbol('MILESTONES');
export const HOUSING_SITUATIONS = Symbol('HOUSING_SITUATIONS');
export const SUPPORT_NEEDS = Symbol('SUPPORT_NEEDS');
export const NOTES = Symbol('NOTES');

const deps = [getDataSourceToken(), FieldCipher, ClientScope, AuditService];

/** An ARRIVED milestone on or before today moves the client's last arrival (and so the one-year deadline). */
function arrivalUpdater(config: AppConfig, deadlines: CaseDeadlines, audit: AuditService) {
  return async (manager: EntityManager, clientId: string, date: string, actor: RequestUser) => {
    if (date > todayIn(config.timeZone)) return;
    const result = await manager.query(
      `UPDATE clients SET last_arrival_on = $2, updated_at = now(), version = version + 1
        WHERE id = $1 AND (last_arrival_on IS NULL OR last_arrival_on < $2)`,
      [clientId, date],
    );
    if ((result as [unknown, number])[1] > 0) {
      await deadlines.refreshForClient(manager, clientId);
      await audit.record({ actor, action: 'update', resource: 'clients', recordId: clientId, details: { changed: ['lastArrivalOn'], via: 'milestones' } }, manager);
    }
  };
}

export const CHILD_SERVICE_PROVIDERS: Provider[] = [
  {
    provide: MILESTONES,
    inject: [...deps, APP_CONFIG, CaseDeadlines],
    useFactory: (ds: DataSource, cipher: FieldCipher, scope: ClientScope, audit: AuditService, config: AppConfig, deadlines: CaseDeadlines) =>
      new ClientChildService(milestoneSpec(scope, arrivalUpdater(config, deadlines, audit), () => todayIn(config.timeZone)), ds, cipher, scope, audit),
  },
  {
    provide: HOUSING_SITUATIONS,
    inject: deps,
    useFactory: (ds: DataSource, cipher: FieldCipher, scope: ClientScope, audit: AuditService) => new ClientChildService(housingSituationSpec(scope, audit), ds, cipher, scope, audit),
  },
  {
    provide: SUPPORT_NEEDS,
    inject: deps,
    useFactory: (ds: DataSource, cipher: FieldCipher, scope: ClientScope, audit: AuditService) => new ClientChildService(supportNeedSpec(scope), ds, cipher, scope, audit),
  },
  {
    provide: NOTES,
    inject: deps,
    useFactory: (ds: DataSource, cipher: FieldCipher, scope: ClientScope, audit: AuditService) => new ClientChildService(noteSpec(scope), ds, cipher, scope, audit),
  },
];
