import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateMatchDto, UpdateMatchDto } from '../dto/match.dto';
import { MatchTransitionsService } from './match-transitions.service';
import { MatchesService } from './matches.service';

/** Volunteers propose and follow matches on their offers; caseworkers propose, accept and decline for their clients. */
@ApiTags('matches')
@ApiBearerAuth()
@Controller('matches')
@Roles('admin', 'caseworker', 'volunteer')
export class MatchesController {
  constructor(
    private readonly matches: MatchesService,
    private readonly transitions: MatchTransitionsService,
  ) {}

  @Get()
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.matches.list(query, actor);
    setContentRange(reply, 'matches', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.matches.get(id, actor);
  }

  @Post()
  create(@Body() dto: CreateMatchDto, @CurrentUser() actor: RequestUser) {
    return this.matches.create(dto, actor);
  }

  /** Moves the match along with a new `status` (and its date/reason), or records `shareFirstName`. */
  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateMatchDto, @CurrentUser() actor: RequestUser) {
    return this.transitions.update(id, dto, actor);
  }
}
