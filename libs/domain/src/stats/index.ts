export * from './stats.errors';
export * from './percentile';
export * from './rounding';
export * from './suppression';
export * from './table-suppression';
export * from './month-period';
