import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type RequestUser, Roles } from '@ct/api-core';
import { hardshipCsv } from './hardship-export';
import { hardshipXlsx } from './hardship-xlsx';
import { HardshipQueryDto } from './hardship-query.dto';
import type { HardshipReport } from './hardship-report';
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
  @ApiOkResponse({ description: 'The same figures as CSV (UTF-8 with a byte-order mark), one row per period, headers in `lang`' })
  async hardshipCsv(@Query() query: HardshipQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { report, timings } = await this.hardship.report(query, actor, 'csv');
    serverTiming(reply, timings);
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName(report, 'csv')}"`);
    return hardshipCsv(report, query.lang ?? 'en');
  }

  @Get('hardship.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The same figures as a workbook, one sheet per table, headers in `lang`' })
  async hardshipXlsx(@Query() query: HardshipQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { report, timings } = await this.hardship.report(query, actor, 'xlsx');
    serverTiming(reply, timings);
    void reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="${fileName(report, 'xlsx')}"`);
    return hardshipXlsx(report, query.lang ?? 'en');
  }
}

/** hardship-2025-01-2025-12[-by-quarter][-proposed-365].csv: the period and options, nothing else. */
function fileName(report: HardshipReport, ext: string): string {
  return `hardship-${report.period.from}-${report.period.to}${report.split ? `-by-${report.split}` : ''}${report.scenario.id === 'current' ? '' : `-${report.scenario.id}`}.${ext}`;
}
