import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { filterString, ListQueryDto, parseListQuery, Roles, setContentRange } from '@ct/api-core';
import { JobRunEntity } from './entities/job-run.entity';

/** The record of job runs, for admins: what ran, when, attempts, outcome and counts. */
@ApiTags('jobs')
@ApiBearerAuth()
@Controller('job-runs')
export class JobRunsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('admin')
  async list(@Query() raw: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const q = parseListQuery(raw, { sortable: ['startedAt'], filters: ['job', 'status'], defaultSort: { field: 'startedAt', order: 'DESC' } });
    const where: Record<string, string> = {};
    for (const key of ['job', 'status']) {
      const value = filterString(q.filter, key);
      if (value !== undefined) where[key] = value;
    }
    const [rows, total] = await this.dataSource.getRepository(JobRunEntity).findAndCount({ where, order: { startedAt: q.sort.order }, skip: q.skip, take: q.take });
    setContentRange(reply, 'job-runs', q.skip, rows.length, total);
    return rows.map((r) => ({
      id: r.id,
      job: r.job,
      runKey: r.runKey,
      status: r.status,
      attempts: r.attempts,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
      error: r.error,
      result: r.result,
    }));
  }
}
