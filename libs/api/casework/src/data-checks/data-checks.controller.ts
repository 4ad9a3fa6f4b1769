import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { DataChecksService } from './data-checks.service';

@ApiTags('data-checks')
@ApiBearerAuth()
@Controller('data-checks')
export class DataChecksController {
  constructor(private readonly checks: DataChecksService) {}

  /** Records that break the data checks: all of them for admins, the caller's caseload for caseworkers. */
  @Get()
  @Roles('admin', 'caseworker')
  report(@CurrentUser() actor: RequestUser) {
    return this.checks.report(actor);
  }
}
