export * from '@ct/testing';
