import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ct/api-audit';
import { CaseworkModule } from '@ct/api-casework';
import { HousingOfferEntity } from './entities/housing-offer.entity';
import { HousingRequestEntity } from './entities/housing-request.entity';
import { MatchEntity } from './entities/match.entity';
import { MatchTransitionsService } from './matches/match-transitions.service';
import { MatchesController } from './matches/matches.controller';
import { MatchesService } from './matches/matches.service';
import { HousingOffersController } from './offers/offers.controller';
import { HousingOffersService } from './offers/offers.service';
import { HousingRequestsController } from './requests/requests.controller';
import { HousingRequestsService } from './requests/requests.service';
import { HousingScope } from './shared/housing-scope';
import { SuggestionsService } from './shared/suggestions.service';

/** Housing: volunteers' offers, pseudonymous requests, ranked matching and placements. */
@Module({
  imports: [TypeOrmModule.forFeature([HousingOfferEntity, HousingRequestEntity, MatchEntity]), AuditModule, CaseworkModule],
  controllers: [HousingRequestsController, HousingOffersController, MatchesController],
  providers: [HousingScope, HousingRequestsService, HousingOffersService, SuggestionsService, MatchesService, MatchTransitionsService],
})
export class HousingModule {}
