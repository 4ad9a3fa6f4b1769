import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { IntakeDto } from '../dto/intake.dto';
import { IntakeService } from './intake.service';

@ApiTags('intake')
@ApiBearerAuth()
@Controller('intake')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  /** The client, their case and its first milestones in one transaction, with every data check applied. */
  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: IntakeDto, @CurrentUser() actor: RequestUser) {
    return this.intake.create(dto, actor);
  }
}
