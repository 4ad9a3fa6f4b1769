import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { CaseloadOverviewService } from './caseload-overview.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('caseload-overview')
export class CaseloadOverviewController {
  constructor(private readonly overview: CaseloadOverviewService) {}

  /** Per caseworker, counts only: clients, decisions overdue, one-year deadlines soon, urgent needs open. */
  @Get()
  @Roles('director', 'admin')
  @ApiOkResponse({ description: 'Counts per caseworker; never a client id, code or date' })
  get(@CurrentUser() actor: RequestUser) {
    return this.overview.overview(actor);
  }
}
