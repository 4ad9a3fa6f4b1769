export * from './auth.module';
export * from './entities/refresh-token.entity';
export * from './entities/auth-throttle.entity';
