import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { IdPipe, ListQueryDto, NotFoundError, parseListQuery, Roles, setContentRange } from '@ct/api-core';
import { MailOutboxEntity } from '../entities/mail.entities';

const view = (m: MailOutboxEntity) => ({ id: m.id, to: m.toAddress, subject: m.subject, body: m.body, createdAt: m.createdAt.toISOString() });

/** Demo mode without SMTP: the messages the app would have sent, for admins to read. */
@ApiTags('mail-outbox')
@ApiBearerAuth()
@Controller('mail-outbox')
@Roles('admin')
export class OutboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() raw: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const q = parseListQuery(raw, { sortable: ['createdAt'], filters: [], defaultSort: { field: 'createdAt', order: 'DESC' } });
    const [rows, total] = await this.dataSource.getRepository(MailOutboxEntity).findAndCount({ order: { createdAt: q.sort.order }, skip: q.skip, take: q.take });
    setContentRange(reply, 'mail-outbox', q.skip, rows.length, total);
    return rows.map(view);
  }

  @Get(':id')
  async get(@Param('id', IdPipe) id: string) {
    const row = await this.dataSource.getRepository(MailOutboxEntity).findOneBy({ id });
    if (!row) throw new NotFoundError('message');
    return view(row);
  }
}
