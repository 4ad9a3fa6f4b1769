export * from './milestone-consistency';
export * from './personal-dates';
export * from './name-skeleton';
export * from './due-horizons';
