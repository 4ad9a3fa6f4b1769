export * from './matching.types';
export * from './matching.errors';
export * from './score-match';
export * from './rank-matches';
export * from './match-lifecycle';
