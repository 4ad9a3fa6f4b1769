import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig, type RequestUser } from '@ct/api-core';
import { UsersService } from '@ct/api-users';
import type { AccessTokenPayload } from './auth.service';

/** Verifies the access token, then asks the database: a disabled account or a new role applies at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
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
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') return false;
    const user = await this.users.findActive(payload.sub);
    return user ?? false;
  }
}
