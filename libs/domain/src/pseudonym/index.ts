export * from './pseudonym-code';
