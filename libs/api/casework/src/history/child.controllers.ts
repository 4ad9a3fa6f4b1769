import { Body, Controller, Delete, Get, Inject, Param, Post, Put, Query, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, createValidationPipe, setContentRange } from '@ct/api-core';
import { CreateHousingSituationDto, CreateNoteDto, CreateSupportNeedDto, UpdateHousingSituationDto, UpdateNoteDto, UpdateSupportNeedDto } from '../dto/history.dto';
import { CreateMilestoneDto, UpdateMilestoneDto } from '../dto/milestone.dto';
import type { ClientChildService } from './client-child.service';
import { HOUSING_SITUATIONS, MILESTONES, NOTES, SUPPORT_NEEDS } from './child-services';

/**
 * The routes of one client-owned resource, for caseworkers and admins only (directors get no row-level fact;
 * they learn about clients only through statistics); the service scopes every record to the caller's caseload.
 * The DTOs are passed explicitly, since a factory-built method cannot name them in its parameter types.
 */
function clientChildController(path: string, token: symbol, createDto: Type<object>, updateDto: Type<object>, name: string): Type<unknown> {
  @ApiTags(path)
  @ApiBearerAuth()
  @Controller(path)
  class ClientChildController {
    constructor(@Inject(token) private readonly service: ClientChildService<{ id: string; clientId: string }, unknown>) {}

    @Get()
    @Roles('admin', 'caseworker')
    async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
      const { rows, total, skip } = await this.service.list(query, actor);
      setContentRange(reply, path, skip, rows.length, total);
      return rows;
    }

    @Get(':id')
    @Roles('admin', 'caseworker')
    get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
      return this.service.get(id, actor);
    }

    @Post()
    @Roles('admin', 'caseworker')
    @ApiBody({ type: createDto })
    create(@Body(createValidationPipe(createDto)) dto: object, @CurrentUser() actor: RequestUser) {
      return this.service.create({ ...dto }, actor);
    }

    @Put(':id')
    @Roles('admin', 'caseworker')
    @ApiBody({ type: updateDto })
    update(@Param('id', IdPipe) id: string, @Body(createValidationPipe(updateDto)) dto: object, @CurrentUser() actor: RequestUser) {
      return this.service.update(id, { ...dto }, actor);
    }

    @Delete(':id')
    @Roles('admin', 'caseworker')
    remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
      return this.service.remove(id, actor);
    }
  }
  Object.defineProperty(ClientChildController, 'name', { value: name });
  return ClientChildController;
}

export const MilestonesController = clientChildController('milestones', MILESTONES, CreateMilestoneDto, UpdateMilestoneDto, 'MilestonesController');
export const HousingSituationsController = clientChildController('housing-situations', HOUSING_SITUATIONS, CreateHousingSituationDto, UpdateHousingSituationDto, 'HousingSituationsController');
export const SupportNeedsController = clientChildController('support-needs', SUPPORT_NEEDS, CreateSupportNeedDto, UpdateSupportNeedDto, 'SupportNeedsController');
export const NotesController = clientChildController('notes', NOTES, CreateNoteDto, UpdateNoteDto, 'NotesController');
