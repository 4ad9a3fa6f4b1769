import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, type RequestUser, Roles } from '@ct/api-core';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The caller's caseload dates between two days, for the back office's calendar. */
  @Get('events')
  @ApiBearerAuth()
  @Roles('caseworker', 'admin')
  events(@Query('from') from: unknown, @Query('to') to: unknown, @CurrentUser() actor: RequestUser) {
    return this.calendar.events(actor, from, to);
  }

  /** A new secret feed URL for the caller; asking again replaces it. */
  @Post('feed')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('caseworker', 'admin', 'director', 'volunteer')
  newFeed(@CurrentUser() actor: RequestUser) {
    return this.calendar.newFeed(actor);
  }

  /** The feed itself. Calendar programs cannot sign in: the secret token in the path is the credential. */
  @Get('feed/:file')
  @Public()
  async feed(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const body = await this.calendar.feed(file.replace(/\.ics$/, ''));
    void reply.header('Content-Type', 'text/calendar; charset=utf-8');
    return body;
  }
}
