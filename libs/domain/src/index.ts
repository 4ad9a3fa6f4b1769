export * from './asylum';
export * from './stats';
export * from './matching';
export * from './pseudonym';
export * from './lifecycle';
export * from './intake';
