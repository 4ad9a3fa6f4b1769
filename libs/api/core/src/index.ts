export * from './auth/policy.decorators';
export * from './auth/request-user';
export * from './errors/domain-error';
export * from './errors/all-exceptions.filter';
export * from './errors/validation';
export * from './http/list-query';
export * from './http/id.pipe';
export * from './config/app-config';
