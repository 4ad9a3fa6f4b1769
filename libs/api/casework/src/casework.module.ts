import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ct/api-audit';
import { CaseDeadlines } from './cases/case-deadlines';
import { CasesController } from './cases/cases.controller';
import { CasesService } from './cases/cases.service';
import { CaseloadController } from './clients/caseload.controller';
import { CaseloadService } from './clients/caseload.service';
import { ClientScope } from './clients/client-scope';
import { ClientsController } from './clients/clients.controller';
import { ClientsService } from './clients/clients.service';
import { ClientErasure } from './lifecycle/client-erasure';
import { ConsentsController } from './consents/consents.controller';
import { ConsentsService } from './consents/consents.service';
import { ClientFileService } from './lifecycle/client-file.service';
import { ClientFilesController, RetentionController } from './lifecycle/lifecycle.controllers';
import { RetentionService } from './lifecycle/retention.service';
import { DashboardController } from './dashboard/dashboard.controller';
import { DataChecksController } from './data-checks/data-checks.controller';
import { DataChecksService } from './data-checks/data-checks.service';
import { DashboardService } from './dashboard/dashboard.service';
import { CaseEntity } from './entities/case.entity';
import { ClientEntity } from './entities/client.entity';
import { ConsentEntity } from './entities/consent.entity';
import { HousingSituationEntity, NoteEntity, SupportNeedEntity } from './entities/history.entities';
import { MilestoneEntity } from './entities/milestone.entity';
import { IntakeController } from './intake/intake.controller';
import { IntakeService } from './intake/intake.service';
import { CaseloadOverviewController } from './overview/caseload-overview.controller';
import { CaseloadOverviewService } from './overview/caseload-overview.service';
import { CHILD_SERVICE_PROVIDERS } from './history/child-services';
import { HousingSituationsController, MilestonesController, NotesController, SupportNeedsController } from './history/child.controllers';

@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity, CaseEntity, MilestoneEntity, HousingSituationEntity, SupportNeedEntity, NoteEntity, ConsentEntity]), AuditModule],
  controllers: [
    CaseloadController,
    ClientsController,
    CasesController,
    MilestonesController,
    HousingSituationsController,
    SupportNeedsController,
    NotesController,
    DashboardController,
    CaseloadOverviewController,
    ConsentsController,
    ClientFilesController,
    RetentionController,
    DataChecksController,
    IntakeController,
  ],
  providers: [ClientScope, CaseDeadlines, ClientsService, CasesService, DashboardService, CaseloadOverviewService, ClientErasure, ConsentsService, ClientFileService, RetentionService, DataChecksService, CaseloadService, IntakeService, ...CHILD_SERVICE_PROVIDERS],
  exports: [ClientScope, ClientsService, ClientErasure],
})
export class CaseworkModule {}
