export * from './dates';
export * from './federal-holidays';
export * from './rule-sets';
export * from './clock-stops';
export * from './explanations';
export * from './one-year-deadline';
export * from './case-clock';
