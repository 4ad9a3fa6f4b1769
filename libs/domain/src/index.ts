export * from './asylum';
