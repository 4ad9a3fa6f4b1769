import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LoginResponse, LoginResult, Role, TokenPair } from '@ct/contracts';
import { APP_CONFIG, AppError, type AppConfig, type RequestUser, isUuid } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { UserEntity, UsersService, verifyAgainstDummy, verifyPassword } from '@ct/api-users';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { type LoginClient, LoginThrottleService } from './login-throttle.service';
import { MfaService } from './mfa/mfa.service';
import { SessionsService } from './sessions/sessions.service';

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  typ: 'access';
  /** The session this token belongs to: checked on every request. */
  sid: string;
}

/** What a sign-in step answers, and the device cookie to set when it completed a sign-in. */
export interface SignInOutcome<T = LoginResult> {
  body: T;
  setCookie?: string;
}

/**
 * Two tabs refreshing at the same moment present the same refresh token: within this many seconds of its
 * rotation the used token yields the same new pair instead of being treated as stolen.
 */
export const REFRESH_GRACE_SECONDS = 10;

export const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'invalid email or password');
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
  /** Refresh-token secrets are derived from their id with this key, so a grace-period retry can be answered. */
  private readonly refreshKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly mfa: MfaService,
  ) {
    this.refreshKey = createHmac('sha256', config.jwtSecret).update('refresh tokens').digest();
  }

  async login(emailInput: string, password: string, client: LoginClient): Promise<SignInOutcome> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.checkAddress(client.address);
    const { deviceNonce } = await this.throttle.checkAccount(email, client);
    const user = await this.users.findByEmail(email);
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
    if (!user || !ok || user.disabled) {
      await this.throttle.recordFailure(email, deviceNonce);
      const reason = !user ? 'unknown_account' : !ok ? 'wrong_password' : 'account_disabled';
      await this.audit.record({ actor: null, action: 'login_failed', resource: 'auth', recordId: user?.id ?? null, details: { reason } });
      throw invalidCredentials();
    }
    const factors = await this.mfa.factorsOf(user.id);
    if (factors.length > 0) {
      const mfaToken = await this.mfa.startChallenge(user.id, 'verify');
      await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'login', resource: 'auth', recordId: user.id, details: { step: 'password', next: 'second_factor' } });
      return { body: { mfa: 'required', mfaToken, methods: [...factors, 'recovery'] } };
    }
    if (this.config.mfaRequiredRoles.includes(user.role)) {
      const mfaToken = await this.mfa.startChallenge(user.id, 'enroll');
      await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'login', resource: 'auth', recordId: user.id, details: { step: 'password', next: 'enroll' } });
      return { body: { mfa: 'enroll', mfaToken } };
    }
    return this.completeSignIn(user, 'password', deviceNonce);
  }

  /**
   * Opens a session once every required step passed: session row, token pair, audit event, failure
   * counters cleared and a device cookie for this browser.
   */
  async completeSignIn(user: Pick<UserEntity, 'id' | 'email' | 'role' | 'displayName'>, method: string, deviceNonce: string | null, manager?: EntityManager): Promise<SignInOutcome<LoginResponse>> {
    const run = async (m: EntityManager) => {
      const session = await this.sessions.create(m, user.id, method);
      await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'login', resource: 'auth', recordId: user.id, details: { method, sessionId: session.id } }, m);
      await m.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
      return this.issuePair(m, user, session.id, session.expiresAt);
    };
    const pair = manager ? await run(manager) : await this.dataSource.transaction(run);
    // Inside a caller's transaction the caller clears the counters after commit (recordSuccess): a second
    // connection inside a transaction deadlocks the embedded database.
    if (!manager) await this.throttle.recordSuccess(user.email, deviceNonce);
    return {
      body: { ...pair, user: { id: user.id, email: user.email, role: user.role, displayName: user.displayName } },
      setCookie: this.throttle.issueDeviceCookie(user.email),
    };
  }

  /**
   * Rotates a refresh token. A token presented again within the grace period (two tabs) yields the pair it
   * was rotated into; later, it means theft or replay, and the whole session ends.
   */
  async refresh(token: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw invalidToken();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const peek = await manager.findOneBy(RefreshTokenEntity, { id: parsed.id });
      if (!peek || !this.secretMatches(peek, parsed.secret)) return null;
      // Lock order everywhere: the session, then its tokens.
      const session = await this.sessions.lockLive(manager, peek.familyId);
      if (!session) return null;
      const row = await manager.findOne(RefreshTokenEntity, { where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.revokedAt) return null;
      const user = await this.users.findActive(row.userId, manager);
      if (!user) {
        await this.sessions.end(manager, session.id, 'user_disabled');
        return null;
      }
      if (row.usedAt) {
        const successor = row.replacedById ? await manager.findOneBy(RefreshTokenEntity, { id: row.replacedById }) : null;
        const withinGrace = Date.now() - row.usedAt.getTime() <= REFRESH_GRACE_SECONDS * 1000;
        if (withinGrace && successor && !successor.revokedAt && !successor.usedAt) {
          return { accessToken: await this.signAccess(user, session.id, session.expiresAt), refreshToken: `${successor.id}.${this.secretFor(successor.id)}` };
        }
        await this.sessions.end(manager, session.id, 'refresh_token_reuse');
        await this.audit.record({ actor: null, action: 'session_end', resource: 'auth', recordId: row.userId, details: { reason: 'refresh_token_reuse' } }, manager);
        return 'reuse' as const;
      }
      if (row.expiresAt.getTime() <= Date.now()) return null;
      const pair = await this.issuePair(manager, user, session.id, session.expiresAt);
      await manager.update(RefreshTokenEntity, { id: row.id }, { usedAt: new Date(), replacedById: pair.refreshToken.slice(0, 36) });
      await this.sessions.touch(manager, session.id);
      return pair;
    });
    if (!outcome || outcome === 'reuse') throw invalidToken();
    return outcome;
  }

  /** Ends the session the token belongs to. Unknown tokens are ignored: logging out is idempotent. */
  async logout(token: string): Promise<void> {
    const parsed = parseRefreshToken(token);
    if (!parsed) return;
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(RefreshTokenEntity, { id: parsed.id });
      if (!row || !this.secretMatches(row, parsed.secret)) return;
      await this.sessions.end(manager, row.familyId, 'logout');
      await this.audit.record({ actor: null, action: 'logout', resource: 'auth', recordId: row.userId, details: { sessionId: row.familyId } }, manager);
    });
  }

  /** Sets a password through an invitation or reset link, then continues like a sign-in. */
  async acceptInvitation(token: string, password: string, client: LoginClient): Promise<SignInOutcome> {
    await this.throttle.checkAddress(client.address);
    const user = await this.dataSource.transaction((manager) => this.users.acceptInvitation(manager, token, password));
    if (!user) throw new AppError('INVALID_TOKEN', 'this link is invalid, used or expired; ask an administrator for a new one');
    const factors = await this.mfa.factorsOf(user.id);
    if (factors.length === 0 && this.config.mfaRequiredRoles.includes(user.role)) {
      return { body: { mfa: 'enroll', mfaToken: await this.mfa.startChallenge(user.id, 'enroll') } };
    }
    if (factors.length > 0) return { body: { mfa: 'required', mfaToken: await this.mfa.startChallenge(user.id, 'verify'), methods: [...factors, 'recovery'] } };
    return this.completeSignIn(user, 'invitation', null);
  }

  async changePassword(actor: RequestUser, currentPassword: string, newPassword: string): Promise<void> {
    const ok = await this.users.changeOwnPassword(actor, currentPassword, newPassword, verifyPassword);
    if (!ok) {
      await this.audit.record({ actor, action: 'login_failed', resource: 'auth', recordId: actor.id, details: { reason: 'wrong_current_password' } });
      throw new AppError('VALIDATION_FAILED', 'currentPassword: the current password is wrong', 'currentPassword');
    }
  }

  private secretFor(id: string): string {
    return createHmac('sha256', this.refreshKey).update(id).digest('base64url');
  }

  private secretMatches(row: RefreshTokenEntity, secret: string): boolean {
    return timingSafeEqual(Buffer.from(sha256(secret), 'hex'), Buffer.from(row.secretHash, 'hex'));
  }

  private async signAccess(user: { id: string; role: Role }, sessionId: string, sessionEnd: Date): Promise<string> {
    const payload: AccessTokenPayload = { sub: user.id, role: user.role, typ: 'access', sid: sessionId };
    const seconds = Math.max(1, Math.min(this.config.accessTokenTtlSeconds, Math.floor((sessionEnd.getTime() - Date.now()) / 1000)));
    return this.jwt.signAsync(payload, { expiresIn: seconds });
  }

  async issuePair(manager: EntityManager, user: { id: string; role: Role }, sessionId: string, sessionEnd: Date): Promise<TokenPair> {
    const accessToken = await this.signAccess(user, sessionId, sessionEnd);
    const id = randomUUID();
    const secret = this.secretFor(id);
    // A session cannot be refreshed past its absolute end (SESSION_MAX_AGE).
    const expiresAt = new Date(Math.min(Date.now() + this.config.refreshTokenTtlSeconds * 1000, sessionEnd.getTime()));
    await manager.insert(RefreshTokenEntity, { id, familyId: sessionId, userId: user.id, secretHash: sha256(secret), expiresAt });
    return { accessToken, refreshToken: `${id}.${secret}` };
  }
}
