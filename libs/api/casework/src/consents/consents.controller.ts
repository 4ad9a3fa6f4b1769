import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateConsentDto, UpdateConsentDto } from '../dto/consent.dto';
import { ConsentsService } from './consents.service';

/** Consent records: the client's caseworker and admins only; never deleted (withdrawn instead). */
@ApiTags('consents')
@ApiBearerAuth()
@Controller('consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Roles('admin', 'caseworker')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.consents.list(query, actor);
    setContentRange(reply, 'consents', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.consents.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateConsentDto, @CurrentUser() actor: RequestUser) {
    return this.consents.create(dto, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateConsentDto, @CurrentUser() actor: RequestUser) {
    return this.consents.update(id, dto, actor);
  }
}
