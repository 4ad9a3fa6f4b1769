import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { MergeClientsDto, ReassignClientsDto } from '../dto/caseload.dto';
import { CaseloadService } from './caseload.service';

@ApiTags('clients')
@ApiBearerAuth()
@Controller('clients')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  /** Moves clients (by id, or all of one caseworker's) to another caseworker. */
  @Post('reassign')
  @HttpCode(200)
  @Roles('admin', 'director')
  reassign(@Body() dto: ReassignClientsDto, @CurrentUser() actor: RequestUser) {
    return this.caseload.reassign(dto, actor);
  }

  /** Merges a duplicate into the record that stays; audited without personal values. */
  @Post('merge')
  @HttpCode(200)
  @Roles('admin')
  merge(@Body() dto: MergeClientsDto, @CurrentUser() actor: RequestUser) {
    return this.caseload.merge(dto, actor);
  }
}
