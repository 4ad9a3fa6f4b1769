import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LoginResponse, Role, TokenPair } from '@ct/contracts';
import { APP_CONFIG, AppError, type AppConfig, isUuid } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { UsersService, verifyAgainstDummy, verifyPassword } from '@ct/api-users';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { LoginThrottleService } from './login-throttle.service';

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  typ: 'access';
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'invalid email or password');
const invalidToken = () => new AppError('INVALID_TOKEN', 'invalid or expired refresh token');

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match && isUuid(match[1]) ? { id: match[1], secret: match[2] } : null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(emailInput: string, password: string, ip: string): Promise<LoginResponse> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.checkAddress(ip);
    await this.throttle.checkAccount(email);
    const user = await this.users.findByEmail(email);
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
    if (!user || !ok || user.disabled) {
      await this.throttle.recordFailure(email);
      throw invalidCredentials();
    }
    await this.throttle.clearFailures(email);
    await this.users.markLogin(user.id);
    const pair = await this.dataSource.transaction(async (manager) => {
      await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'login', resource: 'auth', recordId: user.id }, manager);
      return this.issuePair(manager, { id: user.id, role: user.role }, randomUUID());
    });
    return { ...pair, user: { id: user.id, email: user.email, role: user.role, displayName: user.displayName } };
  }

  /** Rotates a refresh token. A token presented twice revokes its whole family (theft detection). */
  async refresh(token: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw invalidToken();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshTokenEntity, { where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (!row) return null;
      const given = Buffer.from(sha256(parsed.secret), 'hex');
      if (!timingSafeEqual(given, Buffer.from(row.secretHash, 'hex'))) return null;
      if (row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
      if (row.usedAt) {
        await this.revokeFamily(manager, row.familyId);
        return null;
      }
      // Read through this transaction's connection: a second connection here deadlocks the embedded database.
      const user = await this.users.findActive(row.userId, manager);
      if (!user) {
        await this.revokeFamily(manager, row.familyId);
        return null;
      }
      await manager.update(RefreshTokenEntity, { id: row.id }, { usedAt: new Date() });
      return this.issuePair(manager, user, row.familyId);
    });
    if (!outcome) throw invalidToken();
    return outcome;
  }

  /** Ends the session the token belongs to. Unknown tokens are ignored: logging out is idempotent. */
  async logout(token: string): Promise<void> {
    const parsed = parseRefreshToken(token);
    if (!parsed) return;
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(RefreshTokenEntity, { id: parsed.id });
      if (!row || !timingSafeEqual(Buffer.from(sha256(parsed.secret), 'hex'), Buffer.from(row.secretHash, 'hex'))) return;
      await this.revokeFamily(manager, row.familyId);
      await this.audit.record({ actor: null, action: 'logout', resource: 'auth', recordId: row.userId }, manager);
    });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }

  private async issuePair(manager: EntityManager, user: { id: string; role: Role }, familyId: string): Promise<TokenPair> {
    const payload: AccessTokenPayload = { sub: user.id, role: user.role, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, {
      id,
      familyId,
      userId: user.id,
      secretHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
    });
    return { accessToken, refreshToken: `${id}.${secret}` };
  }
}
