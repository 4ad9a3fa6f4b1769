import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateHousingRequestDto, UpdateHousingRequestDto } from '../dto/request.dto';
import { SuggestionsService } from '../shared/suggestions.service';
import { HousingRequestsService } from './requests.service';

/** Caseworkers manage their clients' requests; volunteers read open ones through an allowlist. */
@ApiTags('housing-requests')
@ApiBearerAuth()
@Controller('housing-requests')
export class HousingRequestsController {
  constructor(
    private readonly requests: HousingRequestsService,
    private readonly suggestions: SuggestionsService,
  ) {}

  @Get()
  @Roles('admin', 'caseworker', 'volunteer')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.requests.list(query, actor);
    setContentRange(reply, 'housing-requests', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'volunteer')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.requests.get(id, actor);
  }

  /** Active offers ranked for this request, with score and explanation. */
  @Get(':id/suggestions')
  @Roles('admin', 'caseworker')
  suggest(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.suggestions.forRequest(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateHousingRequestDto, @CurrentUser() actor: RequestUser) {
    return this.requests.create(dto, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateHousingRequestDto, @CurrentUser() actor: RequestUser) {
    return this.requests.update(id, dto, actor);
  }

  @Delete(':id')
  @Roles('admin', 'caseworker')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.requests.remove(id, actor);
  }
}
