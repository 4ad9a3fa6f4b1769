export * from './housing.module';
export * from './entities/housing-offer.entity';
export * from './entities/housing-request.entity';
export * from './entities/match.entity';
