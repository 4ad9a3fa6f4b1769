import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { toDataURL } from 'qrcode';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { TotpSetupResponse } from '@ct/contracts';
import { APP_CONFIG, AppError, type AppConfig, FieldCipher, type RequestUser, isUuid, returnedRows } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { endUserSessions } from '@ct/api-users';
import { MfaChallengeEntity, PasskeyEntity, RecoveryCodeEntity, TotpFactorEntity } from '../entities/mfa.entities';

export const MFA_TOKEN_SECONDS = 5 * 60;
export const MFA_MAX_FAILURES = 5;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** RFC 6238 with the contract's parameters: SHA-1, 6 digits, 30 s steps, one step of drift either way. */
const TOTP = { algorithm: 'sha1', digits: 6, period: 30, epochTolerance: 30 } as const;
const ISSUER = 'Case tracker';

export type Factor = 'totp' | 'passkey';

/** The RFC 6238 time step a valid code matched (the TOTP branch of otplib's result). */
function matchedStep(result: ReturnType<typeof verifySync>): number | null {
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function parseMfaToken(token: string | undefined): { id: string; secret: string } | null {
  const match = token ? /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token) : null;
  return match && isUuid(match[1]) ? { id: match[1], secret: match[2] } : null;
}

/**
 * Second factors: the mfaToken step after a correct password, TOTP (otplib, a used code refused by
 * remembering the last accepted time step), and ten single-use recovery codes stored as keyed hashes.
 */
@Injectable()
export class MfaService {
  private readonly recoveryKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {
    this.recoveryKey = createHmac('sha256', config.indexKey).update('recovery codes').digest();
  }

  async factorsOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Factor[]> {
    const rows: { totp: boolean; passkeys: number }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM mfa_totp WHERE user_id = $1 AND secret_enc IS NOT NULL) AS totp,
              (SELECT count(*)::int FROM mfa_passkeys WHERE user_id = $1) AS passkeys`,
      [userId],
    );
    const factors: Factor[] = [];
    if (rows[0]?.totp) factors.push('totp');
    if ((rows[0]?.passkeys ?? 0) > 0) factors.push('passkey');
    return factors;
  }

  async startChallenge(userId: string, purpose: 'verify' | 'enroll'): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.dataSource.getRepository(MfaChallengeEntity).insert({
      id,
      userId,
      secretHash: sha256(secret),
      purpose,
      failures: 0,
      expiresAt: new Date(Date.now() + MFA_TOKEN_SECONDS * 1000),
      consumedAt: null,
    });
    return `${id}.${secret}`;
  }

  /** The live challenge an mfaToken names (locked when a manager is given), or null. */
  async challenge(token: string | undefined, purpose: 'verify' | 'enroll', manager: EntityManager = this.dataSource.manager, lock = false): Promise<MfaChallengeEntity | null> {
    const parsed = parseMfaToken(token);
    if (!parsed) return null;
    const row = await manager.findOne(MfaChallengeEntity, { where: { id: parsed.id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!row || row.purpose !== purpose || row.consumedAt || row.failures >= MFA_MAX_FAILURES || row.expiresAt.getTime() <= Date.now()) return null;
    const given = Buffer.from(sha256(parsed.secret), 'hex');
    return timingSafeEqual(given, Buffer.from(row.secretHash, 'hex')) ? row : null;
  }

  async consume(manager: EntityManager, challengeId: string): Promise<void> {
    await manager.update(MfaChallengeEntity, { id: challengeId }, { consumedAt: new Date() });
  }

  /** A wrong code: the fifth ends the mfaToken. */
  async recordFailure(challengeId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mfa_challenges SET failures = failures + 1, consumed_at = CASE WHEN failures + 1 >= $2 THEN now() ELSE consumed_at END WHERE id = $1`,
      [challengeId, MFA_MAX_FAILURES],
    );
  }

  /** Checks a TOTP code or an unused recovery code; uses it up. Returns the method, or null. */
  async checkCode(manager: EntityManager, userId: string, code: string): Promise<'totp' | 'recovery' | null> {
    const compact = code.replace(/[\s-]/g, '').toLowerCase();
    if (/^\d{6}$/.test(compact)) return (await this.acceptTotp(manager, userId, compact)) ? 'totp' : null;
    if (compact.length === 10) {
      const rows = returnedRows(
        await manager.query('UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id', [userId, this.recoveryHash(compact)]),
      );
      return rows.length > 0 ? 'recovery' : null;
    }
    return null;
  }

  private async acceptTotp(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const factor = await manager.findOne(TotpFactorEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
    if (!factor?.secretEnc) return false;
    const secret = this.cipher.decrypt(factor.secretEnc, `mfa_totp.secret:${userId}`);
    const result = verifySync({ secret, token: code, ...TOTP, ...(factor.lastTimeStep ? { afterTimeStep: Number(factor.lastTimeStep) } : {}) });
    const step = matchedStep(result);
    if (step === null) return false;
    // Remember the step: the same code (or an older one) is refused from now on.
    await manager.update(TotpFactorEntity, { userId }, { lastTimeStep: String(step) });
    return true;
  }

  /** Starts (or restarts) TOTP enrollment: a new secret kept pending until a code from it is confirmed. */
  async setupTotp(user: { id: string; email: string }): Promise<TotpSetupResponse> {
    const secret = generateSecret();
    const pendingSecretEnc = this.cipher.encrypt(secret, `mfa_totp.pending_secret:${user.id}`);
    await this.dataSource.query(
      `INSERT INTO mfa_totp (user_id, pending_secret_enc) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET pending_secret_enc = EXCLUDED.pending_secret_enc`,
      [user.id, pendingSecretEnc],
    );
    const otpauthUrl = generateURI({ issuer: ISSUER, label: user.email, secret, algorithm: 'sha1', digits: 6, period: 30 });
    return { secret, otpauthUrl, qrCode: await toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  }

  /** Confirms the pending secret with a code from it; returns fresh recovery codes, or null for a wrong code. */
  async confirmTotp(manager: EntityManager, user: RequestUser, code: string): Promise<string[] | null> {
    const factor = await manager.findOne(TotpFactorEntity, { where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
    if (!factor?.pendingSecretEnc || !/^\d{6}$/.test(code.trim())) return null;
    const secret = this.cipher.decrypt(factor.pendingSecretEnc, `mfa_totp.pending_secret:${user.id}`);
    const result = verifySync({ secret, token: code.trim(), ...TOTP });
    const step = matchedStep(result);
    if (step === null) return null;
    await manager.update(TotpFactorEntity, { userId: user.id }, {
      secretEnc: this.cipher.encrypt(secret, `mfa_totp.secret:${user.id}`),
      pendingSecretEnc: null,
      lastTimeStep: String(step),
      confirmedAt: new Date(),
    });
    const codes = await this.replaceRecoveryCodes(manager, user.id);
    await this.audit.record({ actor: user, action: 'mfa_enroll', resource: 'auth', recordId: user.id, details: { factor: 'totp' } }, manager);
    return codes;
  }

  /** Ten new single-use recovery codes; the old ones stop working. Shown once, stored hashed. */
  async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.delete(RecoveryCodeEntity, { userId });
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await manager.insert(RecoveryCodeEntity, codes.map((c) => ({ userId, codeHash: this.recoveryHash(c.replace('-', '')), usedAt: null })));
    return codes;
  }

  async regenerateRecoveryCodes(actor: RequestUser): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      if ((await this.factorsOf(actor.id, manager)).length === 0) throw new AppError('CONFLICT', 'set up an authenticator app or a passkey first');
      const codes = await this.replaceRecoveryCodes(manager, actor.id);
      await this.audit.record({ actor, action: 'mfa_enroll', resource: 'auth', recordId: actor.id, details: { factor: 'recovery_codes' } }, manager);
      return codes;
    });
  }

  async summary(userId: string) {
    const totp = await this.dataSource.getRepository(TotpFactorEntity).findOneBy({ userId });
    const recoveryCodesLeft = await this.dataSource.getRepository(RecoveryCodeEntity).countBy({ userId, usedAt: IsNull() });
    const passkeys = await this.dataSource.getRepository(PasskeyEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
    return {
      totp: Boolean(totp?.secretEnc),
      recoveryCodesLeft,
      passkeys: passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt.toISOString(), lastUsedAt: p.lastUsedAt?.toISOString() ?? null })),
    };
  }

  /** An admin removes every factor of a user (lost phone): they enroll again at the next sign-in. */
  async resetFactors(actor: RequestUser, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const exists: unknown[] = await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
      if (exists.length === 0) throw new AppError('NOT_FOUND', 'user not found');
      await manager.delete(TotpFactorEntity, { userId });
      await manager.delete(RecoveryCodeEntity, { userId });
      await manager.delete(PasskeyEntity, { userId });
      await manager.query('UPDATE mfa_challenges SET consumed_at = now() WHERE user_id = $1 AND consumed_at IS NULL', [userId]);
      const ended = await endUserSessions(manager, userId, 'factors_reset');
      await this.audit.record({ actor, action: 'mfa_reset', resource: 'users', recordId: userId, details: { sessionsEnded: ended } }, manager);
    });
  }

  /** Removes the caller's own authenticator app (allowed only while another factor remains or none is required). */
  async removeTotp(actor: RequestUser, required: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const factors = await this.factorsOf(actor.id, manager);
      if (!factors.includes('totp')) throw new AppError('NOT_FOUND', 'authenticator app not found');
      if (required && factors.length === 1) throw new AppError('CONFLICT', 'your role needs a second factor: add a passkey before removing the authenticator app');
      await manager.delete(TotpFactorEntity, { userId: actor.id });
      if (factors.length === 1) await manager.delete(RecoveryCodeEntity, { userId: actor.id });
      await this.audit.record({ actor, action: 'mfa_reset', resource: 'auth', recordId: actor.id, details: { factor: 'totp' } }, manager);
    });
  }

  private recoveryHash(compact: string): string {
    return createHmac('sha256', this.recoveryKey).update(compact.toLowerCase()).digest('hex');
  }
}
