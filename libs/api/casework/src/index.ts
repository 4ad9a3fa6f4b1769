export * from './casework.module';
export * from './clients/client-scope';
export * from './clients/client-view';
export * from './entities/client.entity';
export * from './entities/case.entity';
export * from './entities/milestone.entity';
export * from './entities/history.entities';
export { computeCase, groupByCase, type ComputedCase } from './cases/case-deadlines';
