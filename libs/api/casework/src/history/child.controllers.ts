import { Body, Controller, Delete, Get, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HousingSituationRecord, MilestoneRecord, NoteRecord, SupportNeedRecord } from '@ct/contracts';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateHousingSituationDto, CreateNoteDto, CreateSupportNeedDto, UpdateHousingSituationDto, UpdateNoteDto, UpdateSupportNeedDto } from '../dto/history.dto';
import { CreateMilestoneDto, UpdateMilestoneDto } from '../dto/milestone.dto';
import type { HousingSituationEntity, NoteEntity, SupportNeedEntity } from '../entities/history.entities';
import type { MilestoneEntity } from '../entities/milestone.entity';
import type { ClientChildService } from './client-child.service';
import { HOUSING_SITUATIONS, MILESTONES, NOTES, SUPPORT_NEEDS } from './child-services';

// Client-owned resources: reading is open to directors (without free text), writing to caseworkers and admins.


@ApiTags('milestones')
@ApiBearerAuth()
@Controller('milestones')
export class MilestonesController {
  constructor(@Inject(MILESTONES) private readonly service: ClientChildService<MilestoneEntity, MilestoneRecord>) {}

  @Get()
  @Roles('admin', 'caseworker', 'director')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.service.list(query, actor);
    setContentRange(reply, 'milestones', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'director')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateMilestoneDto, @CurrentUser() actor: RequestUser) {
    return this.service.create({ ...dto }, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateMilestoneDto, @CurrentUser() actor: RequestUser) {
    return this.service.update(id, { ...dto }, actor);
  }

  @Delete(':id')
  @Roles('admin', 'caseworker')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.remove(id, actor);
  }
}

@ApiTags('housing-situations')
@ApiBearerAuth()
@Controller('housing-situations')
export class HousingSituationsController {
  constructor(@Inject(HOUSING_SITUATIONS) private readonly service: ClientChildService<HousingSituationEntity, HousingSituationRecord>) {}

  @Get()
  @Roles('admin', 'caseworker', 'director')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.service.list(query, actor);
    setContentRange(reply, 'housing-situations', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'director')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateHousingSituationDto, @CurrentUser() actor: RequestUser) {
    return this.service.create({ ...dto }, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateHousingSituationDto, @CurrentUser() actor: RequestUser) {
    return this.service.update(id, { ...dto }, actor);
  }

  @Delete(':id')
  @Roles('admin', 'caseworker')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.remove(id, actor);
  }
}

@ApiTags('support-needs')
@ApiBearerAuth()
@Controller('support-needs')
export class SupportNeedsController {
  constructor(@Inject(SUPPORT_NEEDS) private readonly service: ClientChildService<SupportNeedEntity, SupportNeedRecord>) {}

  @Get()
  @Roles('admin', 'caseworker', 'director')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.service.list(query, actor);
    setContentRange(reply, 'support-needs', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'director')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateSupportNeedDto, @CurrentUser() actor: RequestUser) {
    return this.service.create({ ...dto }, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateSupportNeedDto, @CurrentUser() actor: RequestUser) {
    return this.service.update(id, { ...dto }, actor);
  }

  @Delete(':id')
  @Roles('admin', 'caseworker')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.remove(id, actor);
  }
}

@ApiTags('notes')
@ApiBearerAuth()
@Controller('notes')
export class NotesController {
  constructor(@Inject(NOTES) private readonly service: ClientChildService<NoteEntity, NoteRecord>) {}

  @Get()
  @Roles('admin', 'caseworker', 'director')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.service.list(query, actor);
    setContentRange(reply, 'notes', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'director')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateNoteDto, @CurrentUser() actor: RequestUser) {
    return this.service.create({ ...dto }, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateNoteDto, @CurrentUser() actor: RequestUser) {
    return this.service.update(id, { ...dto }, actor);
  }

  @Delete(':id')
  @Roles('admin', 'caseworker')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.service.remove(id, actor);
  }
}
