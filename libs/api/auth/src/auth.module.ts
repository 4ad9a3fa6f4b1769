import { Module, type OnModuleInit, Optional } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@ct/api-core';
import { AuditModule } from '@ct/api-audit';
import { JobRunner } from '@ct/api-jobs';
import { UsersModule } from '@ct/api-users';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthSessionEntity } from './entities/auth-session.entity';
import { AuthThrottleEntity } from './entities/auth-throttle.entity';
import { MfaChallengeEntity, PasskeyEntity, RecoveryCodeEntity, TotpFactorEntity, WebauthnChallengeEntity } from './entities/mfa.entities';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { MfaController } from './mfa/mfa.controller';
import { MfaFlowService } from './mfa/mfa-flow.service';
import { MfaService } from './mfa/mfa.service';
import { PasskeyFlowService } from './passkeys/passkey-flow.service';
import { PasskeysService } from './passkeys/passkeys.service';
import { SessionsController, UserSecurityController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshTokenEntity, AuthThrottleEntity, AuthSessionEntity, MfaChallengeEntity, TotpFactorEntity, RecoveryCodeEntity, PasskeyEntity, WebauthnChallengeEntity]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.accessTokenTtlSeconds, algorithm: 'HS256', issuer: 'case-tracker', audience: 'case-tracker-api' },
      }),
    }),
    UsersModule,
    AuditModule,
  ],
  controllers: [AuthController, MfaController, SessionsController, UserSecurityController],
  providers: [
    AuthService,
    LoginThrottleService,
    SessionsService,
    MfaService,
    MfaFlowService,
    PasskeysService,
    PasskeyFlowService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly sessions: SessionsService,
    @Optional() private readonly jobs?: JobRunner,
  ) {}

  /** Hourly, once across all instances: sessions past their end and expired sign-in challenges go. */
  onModuleInit(): void {
    this.jobs?.register({ name: 'housekeeping-sessions', schedule: { every: 'hour' }, run: () => this.sessions.deleteExpired() });
  }
}
