import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** The caller's own caseload: what is due soon. */
  @Get('caseload')
  @Roles('caseworker', 'admin')
  caseload(@CurrentUser() actor: RequestUser) {
    return this.dashboard.caseload(actor);
  }
}
