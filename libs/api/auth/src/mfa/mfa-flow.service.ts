import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@ct/contracts';
import { AppError, type RequestUser } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { UserEntity } from '@ct/api-users';
import { type AccessTokenPayload, AuthService, type SignInOutcome, invalidCredentials } from '../auth.service';
import { type LoginClient, LoginThrottleService } from '../login-throttle.service';
import { SessionsService } from '../sessions/sessions.service';
import { MfaService, parseMfaToken } from './mfa.service';

/** Who is enrolling a factor: someone between password and first factor (mfaToken), or a signed-in user. */
export interface EnrollmentCaller {
  user: RequestUser & { email: string; displayName: string | null };
  /** Set when the caller holds an enrollment mfaToken rather than an access token. */
  challengeId?: string;
}

const unauthorized = () => new AppError('INVALID_TOKEN', 'sign in again');

/** The steps between a correct password and a session, and enrollment for signed-in users. */
@Injectable()
export class MfaFlowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly mfa: MfaService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** `POST /auth/mfa/verify`: a TOTP or recovery code for the mfaToken; five wrong codes end the token. */
  async verify(mfaToken: string, code: string, client: LoginClient): Promise<SignInOutcome<LoginResponse>> {
    await this.throttle.checkAddress(client.address);
    const peek = await this.mfa.challenge(mfaToken, 'verify');
    if (!peek) throw invalidCredentials();
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: peek.userId });
    if (!user || user.disabled) throw invalidCredentials();
    const { deviceNonce } = await this.throttle.checkAccount(user.email, client);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const challenge = await this.mfa.challenge(mfaToken, 'verify', manager, true);
      if (!challenge) return null;
      const method = await this.mfa.checkCode(manager, user.id, code);
      if (!method) return 'wrong' as const;
      await this.mfa.consume(manager, challenge.id);
      return this.auth.completeSignIn(user, `password+${method}`, deviceNonce, manager);
    });
    if (outcome === null) throw invalidCredentials();
    if (outcome === 'wrong') {
      await this.mfa.recordFailure(peek.id);
      await this.throttle.recordFailure(user.email, deviceNonce);
      await this.audit.record({ actor: null, action: 'mfa_failed', resource: 'auth', recordId: user.id, details: { reason: 'wrong_code' } });
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(user.email, deviceNonce);
    return outcome;
  }

  /**
   * The caller of an enrollment route: `Authorization: Bearer <mfaToken>` (an enrollment token from login)
   * or a signed-in user's access token, whose session is checked like any request's.
   */
  async resolveCaller(authorization: string | undefined): Promise<EnrollmentCaller> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthorized();
    if (parseMfaToken(token)) {
      const challenge = await this.mfa.challenge(token, 'enroll');
      if (!challenge) throw unauthorized();
      const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: challenge.userId, disabled: false });
      if (!user) throw unauthorized();
      return { user: { id: user.id, role: user.role, email: user.email, displayName: user.displayName }, challengeId: challenge.id };
    }
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'], issuer: 'case-tracker', audience: 'case-tracker-api' });
    } catch {
      throw unauthorized();
    }
    if (payload.typ !== 'access' || typeof payload.sid !== 'string') throw unauthorized();
    const caller = await this.sessions.check(payload.sid, payload.sub);
    if (!caller) throw unauthorized();
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: caller.id });
    return { user: { ...caller, email: user.email, displayName: user.displayName } };
  }

  /**
   * Confirms TOTP enrollment. With an enrollment mfaToken this completes the sign-in
   * (`{recoveryCodes, accessToken, refreshToken, user}`); a signed-in user gets `{recoveryCodes}`.
   */
  async confirmTotp(caller: EnrollmentCaller, code: string, client: LoginClient): Promise<SignInOutcome<{ recoveryCodes: string[] } & Partial<LoginResponse>>> {
    const { deviceNonce } = caller.challengeId ? await this.throttle.checkAccount(caller.user.email, client) : { deviceNonce: null };
    const outcome = await this.dataSource.transaction(async (manager) => {
      if (caller.challengeId) {
        const locked: unknown[] = await manager.query('SELECT 1 FROM mfa_challenges WHERE id = $1 AND consumed_at IS NULL AND expires_at > now() FOR UPDATE', [caller.challengeId]);
        if (locked.length === 0) return null;
      }
      const recoveryCodes = await this.mfa.confirmTotp(manager, caller.user, code);
      if (!recoveryCodes) return 'wrong' as const;
      if (!caller.challengeId) return { body: { recoveryCodes } };
      await this.mfa.consume(manager, caller.challengeId);
      const user = await manager.findOneByOrFail(UserEntity, { id: caller.user.id });
      const signIn = await this.auth.completeSignIn(user, 'password+totp', deviceNonce, manager);
      return { body: { recoveryCodes, ...signIn.body }, setCookie: signIn.setCookie };
    });
    if (outcome === null) throw unauthorized();
    if (outcome === 'wrong') {
      if (caller.challengeId) await this.mfa.recordFailure(caller.challengeId);
      throw new AppError('VALIDATION_FAILED', 'code: the code does not match; check the time on your phone and try the newest code', 'code');
    }
    if (caller.challengeId) await this.throttle.recordSuccess(caller.user.email, deviceNonce);
    return outcome;
  }
}
