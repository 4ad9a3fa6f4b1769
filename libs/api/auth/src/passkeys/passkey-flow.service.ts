import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@ct/contracts';
import { AppError } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { UserEntity } from '@ct/api-users';
import { AuthService, type SignInOutcome, invalidCredentials } from '../auth.service';
import type { MfaPasskeyVerifyDto, PasskeyLoginDto, PasskeyRegisterDto } from '../dto/auth.dto';
import { type LoginClient, LoginThrottleService } from '../login-throttle.service';
import type { EnrollmentCaller } from '../mfa/mfa-flow.service';
import { MfaService } from '../mfa/mfa.service';
import { PasskeysService } from './passkeys.service';

/** Passkey steps that open sessions: enrollment with an mfaToken, second factor, passwordless. */
@Injectable()
export class PasskeyFlowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passkeys: PasskeysService,
    private readonly mfa: MfaService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** Stores a new passkey. The first factor also gets recovery codes; an enrollment mfaToken signs in. */
  async register(caller: EnrollmentCaller, dto: PasskeyRegisterDto, client: LoginClient): Promise<SignInOutcome<{ recoveryCodes?: string[] } & Partial<LoginResponse>>> {
    const { deviceNonce } = caller.challengeId ? await this.throttle.checkAccount(caller.user.email, client) : { deviceNonce: null };
    const outcome = await this.dataSource.transaction(async (manager) => {
      if (caller.challengeId) {
        const live: unknown[] = await manager.query('SELECT 1 FROM mfa_challenges WHERE id = $1 AND consumed_at IS NULL AND expires_at > now() FOR UPDATE', [caller.challengeId]);
        if (live.length === 0) return null;
      }
      const hadFactor = (await this.mfa.factorsOf(caller.user.id, manager)).length > 0;
      if (!(await this.passkeys.register(manager, caller.user, dto.challengeId, dto.response, dto.name))) return 'wrong' as const;
      const recoveryCodes = hadFactor ? undefined : await this.mfa.replaceRecoveryCodes(manager, caller.user.id);
      if (!caller.challengeId) return { body: recoveryCodes ? { recoveryCodes } : {} };
      await this.mfa.consume(manager, caller.challengeId);
      const user = await manager.findOneByOrFail(UserEntity, { id: caller.user.id });
      const signIn = await this.auth.completeSignIn(user, 'password+passkey', deviceNonce, manager);
      return { body: { ...(recoveryCodes ? { recoveryCodes } : {}), ...signIn.body }, setCookie: signIn.setCookie };
    });
    if (outcome === null) throw new AppError('INVALID_TOKEN', 'sign in again');
    if (outcome === 'wrong') throw new AppError('VALIDATION_FAILED', 'response: the passkey could not be verified', 'response');
    if (caller.challengeId) await this.throttle.recordSuccess(caller.user.email, deviceNonce);
    return outcome;
  }

  async secondFactorOptions(mfaToken: string) {
    const challenge = await this.mfa.challenge(mfaToken, 'verify');
    if (!challenge) throw invalidCredentials();
    return this.passkeys.authenticationOptions(challenge.userId);
  }

  async secondFactor(dto: MfaPasskeyVerifyDto, client: LoginClient): Promise<SignInOutcome<LoginResponse>> {
    await this.throttle.checkAddress(client.address);
    const peek = await this.mfa.challenge(dto.mfaToken, 'verify');
    if (!peek) throw invalidCredentials();
    const owner = await this.dataSource.getRepository(UserEntity).findOneBy({ id: peek.userId });
    if (!owner) throw invalidCredentials();
    const { deviceNonce } = await this.throttle.checkAccount(owner.email, client);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const challenge = await this.mfa.challenge(dto.mfaToken, 'verify', manager, true);
      if (!challenge) return null;
      const user = await this.passkeys.authenticate(manager, dto.challengeId, dto.response, challenge.userId);
      if (!user) return 'wrong' as const;
      await this.mfa.consume(manager, challenge.id);
      return this.auth.completeSignIn(user, 'password+passkey', deviceNonce, manager);
    });
    if (outcome === null) throw invalidCredentials();
    if (outcome === 'wrong') {
      await this.mfa.recordFailure(peek.id);
      await this.throttle.recordFailure(owner.email, deviceNonce);
      await this.audit.record({ actor: null, action: 'mfa_failed', resource: 'auth', recordId: owner.id, details: { reason: 'passkey_not_verified' } });
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(owner.email, deviceNonce);
    return outcome;
  }

  async passwordless(dto: PasskeyLoginDto, client: LoginClient): Promise<SignInOutcome<LoginResponse>> {
    await this.throttle.checkAddress(client.address);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const user = await this.passkeys.authenticate(manager, dto.challengeId, dto.response, null);
      if (!user) return null;
      return this.auth.completeSignIn(user, 'passkey', null, manager);
    });
    if (!outcome) {
      await this.audit.record({ actor: null, action: 'login_failed', resource: 'auth', recordId: null, details: { reason: 'passkey_not_verified' } });
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(outcome.body.user.email, null);
    return outcome;
  }
}
