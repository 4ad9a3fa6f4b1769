import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, IdPipe, type RequestUser, Roles, ValidationError } from '@ct/api-core';
import { reportCsv } from './import-reports';
import { parseSettings } from './import-settings';
import { templateCsv, templateXlsx } from './import-template';
import { ImportsService } from './imports.service';
import { readUpload, spreadsheetHttpError } from './upload';

const language = (lang: unknown): 'en' | 'ru' => {
  if (lang === undefined || lang === 'en') return 'en';
  if (lang === 'ru') return 'ru';
  throw new ValidationError('lang', 'must be en or ru');
};

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw spreadsheetHttpError(error);
  }
}

/** Spreadsheet import for admins and for caseworkers into their own caseload. */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
@Roles('admin', 'caseworker')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Multipart `file` (and optionally `sheet`): the headers, a sample, the suggested and remembered mapping. */
  @Post('preview')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  async preview(@Req() request: FastifyRequest, @CurrentUser() actor: RequestUser) {
    return translated(async () => {
      const upload = await readUpload(request);
      return this.imports.preview(upload.file, upload.fields['sheet'] || undefined, actor);
    });
  }

  /** Multipart `file` and `settings` (JSON): what each row would create, with every problem; writes nothing. */
  @Post('dry-run')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  async dryRun(@Req() request: FastifyRequest, @CurrentUser() actor: RequestUser) {
    return translated(async () => {
      const upload = await readUpload(request);
      return this.imports.dryRun(upload.file, parseSettings(upload.fields['settings']), actor);
    });
  }

  /** Same body as the dry run: starts the import (202) and answers with the job to poll. */
  @Post()
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  async start(@Req() request: FastifyRequest, @CurrentUser() actor: RequestUser) {
    return translated(async () => {
      const upload = await readUpload(request);
      return this.imports.start(upload.file, parseSettings(upload.fields['settings']), actor);
    });
  }

  @Get('template.csv')
  template(@Query('lang') lang: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const l = language(lang);
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="clients-template-${l}.csv"`);
    return templateCsv(l);
  }

  @Get('template.xlsx')
  async templateWorkbook(@Query('lang') lang: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const l = language(lang);
    void reply.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('Content-Disposition', `attachment; filename="clients-template-${l}.xlsx"`);
    return templateXlsx(l);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.imports.get(id, actor);
  }

  @Get(':id/report.csv')
  async report(@Param('id', IdPipe) id: string, @Query('lang') lang: unknown, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const l = language(lang);
    const rows = await this.imports.report(id, actor);
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="import-report.csv"');
    return reportCsv(rows, l);
  }
}
