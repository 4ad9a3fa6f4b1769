import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateCaseDto, UpdateCaseDto } from '../dto/case.dto';
import { CasesService } from './cases.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Roles('admin', 'caseworker')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.cases.list(query, actor);
    setContentRange(reply, 'cases', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.cases.get(id, actor);
  }

  @Post()
  @Roles('admin', 'caseworker')
  create(@Body() dto: CreateCaseDto, @CurrentUser() actor: RequestUser) {
    return this.cases.create(dto, actor);
  }

  @Put(':id')
  @Roles('admin', 'caseworker')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateCaseDto, @CurrentUser() actor: RequestUser) {
    return this.cases.update(id, dto, actor);
  }

  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.cases.remove(id, actor);
  }
}
