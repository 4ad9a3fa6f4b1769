import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateClientDto, UpdateClientDto } from '../dto/client.dto';
import { ClientsService } from './clients.service';

@ApiTags('clients')
@ApiBearerAuth()
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @Roles('admin', 'caseworker', 'director')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.clients.list(query, actor);
    setContentRange(reply, 'clients', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'director')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.clients.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateClientDto, @CurrentUser() actor: RequestUser) {
    return this.clients.create(dto, actor);
  }

  /** Directors may call this only to reassign a client to another caseworker. */
  @Put(':id')
  @Roles('admin', 'caseworker', 'director')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateClientDto, @CurrentUser() actor: RequestUser) {
    return this.clients.update(id, dto, actor);
  }

  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.clients.remove(id, actor);
  }
}
