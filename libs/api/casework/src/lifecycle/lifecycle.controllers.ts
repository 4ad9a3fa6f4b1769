import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { ClientFileService } from './client-file.service';
import { RetentionService } from './retention.service';

/** A client's file (GET /api/client-files/:clientId): the client's caseworker or an admin only. */
@ApiTags('client-files')
@ApiBearerAuth()
@Controller('client-files')
export class ClientFilesController {
  constructor(private readonly files: ClientFileService) {}

  @Get(':id')
  @Roles('admin', 'caseworker')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.files.build(id, actor);
  }
}

/** Retention review: the clients due, and de-identification once an admin confirms it. */
@ApiTags('retention')
@ApiBearerAuth()
@Controller('retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  @Roles('admin')
  async list(@CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const rows = await this.retention.report(actor);
    setContentRange(reply, 'retention', 0, rows.length, rows.length);
    return rows;
  }

  @Post(':id/deidentify')
  @Roles('admin')
  deidentify(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.retention.deidentify(id, actor);
  }
}
