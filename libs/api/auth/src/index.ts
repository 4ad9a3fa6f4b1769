export * from './auth.module';
export * from './entities/refresh-token.entity';
export * from './entities/auth-throttle.entity';
export * from './entities/auth-session.entity';
export * from './entities/mfa.entities';
export * from './sessions/sessions.service';
