import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, IdPipe, ListQueryDto, type RequestUser, Roles, setContentRange } from '@ct/api-core';
import { CreateHousingOfferDto, UpdateHousingOfferDto } from '../dto/offer.dto';
import { SuggestionsService } from '../shared/suggestions.service';
import { HousingOffersService } from './offers.service';

/** Volunteers manage their own offers; caseworkers read active ones. */
@ApiTags('housing-offers')
@ApiBearerAuth()
@Controller('housing-offers')
export class HousingOffersController {
  constructor(
    private readonly offers: HousingOffersService,
    private readonly suggestions: SuggestionsService,
  ) {}

  @Get()
  @Roles('admin', 'caseworker', 'volunteer')
  async list(@Query() query: ListQueryDto, @CurrentUser() actor: RequestUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { rows, total, skip } = await this.offers.list(query, actor);
    setContentRange(reply, 'housing-offers', skip, rows.length, total);
    return rows;
  }

  @Get(':id')
  @Roles('admin', 'caseworker', 'volunteer')
  get(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.offers.get(id, actor);
  }

  /** Open requests ranked for this offer, allowlisted and with health-related reasons redacted. */
  @Get(':id/suggestions')
  @Roles('admin', 'volunteer')
  suggest(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.suggestions.forOffer(id, actor);
  }

  @Post()
  @Roles('admin', 'volunteer')
  create(@Body() dto: CreateHousingOfferDto, @CurrentUser() actor: RequestUser) {
    return this.offers.create(dto, actor);
  }

  @Put(':id')
  @Roles('admin', 'volunteer')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateHousingOfferDto, @CurrentUser() actor: RequestUser) {
    return this.offers.update(id, dto, actor);
  }

  @Delete(':id')
  @Roles('admin', 'volunteer')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() actor: RequestUser) {
    return this.offers.remove(id, actor);
  }
}
