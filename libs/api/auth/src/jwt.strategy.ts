import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig, type RequestUser, isUuid } from '@ct/api-core';
import type { AccessTokenPayload } from './auth.service';
import { SessionsService } from './sessions/sessions.service';

/**
 * Verifies the access token, then asks the database: the token's session must be open (not ended,
 * expired or idle) and its user active, so logout, resets, disabling and role changes apply at once.
 * A database error propagates (the exception filter answers 503), never a 401.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: 'case-tracker',
      audience: 'case-tracker-api',
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<RequestUser | false> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return false;
    if (!isUuid(payload.sub) || !isUuid(payload.sid)) return false;
    return (await this.sessions.check(payload.sid, payload.sub)) ?? false;
  }
}
