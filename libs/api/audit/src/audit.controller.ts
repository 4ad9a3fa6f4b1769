import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdPipe, ListQueryDto, Roles, setContentRange } from '@ct/api-core';
import { AuditQueryService } from './audit-query.service';

@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('audit-events')
@Roles('admin', 'director')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.audit.list(query);
    setContentRange(reply, 'audit-events', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: string) {
    return this.audit.get(id);
  }
}
