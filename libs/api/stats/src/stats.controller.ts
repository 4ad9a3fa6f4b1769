import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { hardshipCsv } from './hardship-csv';
import { HardshipQueryDto } from './hardship-query.dto';
import type { StatementTiming } from './hardship.repository';
import { HardshipService } from './hardship.service';

/** Server-Timing: how long each statistics query took (names and milliseconds only). */
function serverTiming(reply: FastifyReply, timings: StatementTiming[]): void {
  void reply.header('Server-Timing', timings.map((t) => `${t.name};dur=${t.ms.toFixed(1)}`).join(', '));
}

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
@Roles('admin', 'director')
export class StatsController {
  constructor(private readonly hardship: HardshipService) {}

  @Get('hardship')
  @ApiOkResponse({ description: 'Anonymized hardship statistics for clients by month of filing' })
  async hardshipJson(@Query() query: HardshipQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { report, timings } = await this.hardship.report(query, actor, 'json');
    serverTiming(reply, timings);
    return report;
  }

  @Get('hardship.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same figures as CSV, one value per line' })
  async hardshipCsv(@Query() query: HardshipQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { report, timings } = await this.hardship.report(query, actor, 'csv');
    serverTiming(reply, timings);
    const name = `hardship-${report.period.from}-${report.period.to}${report.split ? `-by-${report.split}` : ''}${report.scenario.id === 'current' ? '' : `-${report.scenario.id}`}.csv`;
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}"`);
    return hardshipCsv(report);
  }
}
