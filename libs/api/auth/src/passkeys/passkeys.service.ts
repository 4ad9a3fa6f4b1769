import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppError, type AppConfig, NotFoundError, type RequestUser, returnedRows } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { UserEntity } from '@ct/api-users';
import { PasskeyEntity, WebauthnChallengeEntity } from '../entities/mfa.entities';

const CHALLENGE_SECONDS = 5 * 60;
const RP_NAME = 'Case tracker';

const refused = () => new AppError('INVALID_CREDENTIALS', 'invalid email or password');

/**
 * Passkeys (WebAuthn) through @simplewebauthn/server: the phishing-resistant factor. The browser binds
 * each assertion to this site's origin, so a look-alike site cannot relay it. rpID and origin come from
 * PUBLIC_URL / WEBAUTHN_RP_ID.
 */
@Injectable()
export class PasskeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  private async saveChallenge(userId: string | null, purpose: 'register' | 'authenticate', challenge: string): Promise<string> {
    const id = randomUUID();
    await this.dataSource.getRepository(WebauthnChallengeEntity).insert({ id, userId, purpose, challenge, expiresAt: new Date(Date.now() + CHALLENGE_SECONDS * 1000) });
    return id;
  }

  /** Uses up a challenge (single use) and returns it, or null when unknown, expired or for someone else. */
  private async takeChallenge(manager: EntityManager, id: string, purpose: 'register' | 'authenticate', userId: string | null): Promise<string | null> {
    const rows = returnedRows<{ challenge: string; user_id: string | null }>(
      await manager.query('DELETE FROM webauthn_challenges WHERE id = $1 AND purpose = $2 AND expires_at > now() RETURNING challenge, user_id', [id, purpose]),
    );
    const row = rows[0];
    if (!row || (userId !== null && row.user_id !== userId)) return null;
    return row.challenge;
  }

  async registrationOptions(user: { id: string; email: string; displayName: string | null }) {
    const existing = await this.dataSource.getRepository(PasskeyEntity).findBy({ userId: user.id });
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: this.config.webauthnRpId,
      userName: user.email,
      userDisplayName: user.displayName ?? user.email,
      userID: Buffer.from(user.id.replace(/-/g, ''), 'hex'),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    const challengeId = await this.saveChallenge(user.id, 'register', options.challenge);
    return { challengeId, options };
  }

  /** Verifies a registration and stores the credential; false when the response does not verify. */
  async register(manager: EntityManager, user: RequestUser, challengeId: string, response: RegistrationResponseJSON, name: string | undefined): Promise<boolean> {
    const challenge = await this.takeChallenge(manager, challengeId, 'register', user.id);
    if (!challenge) return false;
    let verified;
    try {
      verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: this.config.webauthnOrigins,
        expectedRPID: this.config.webauthnRpId,
        requireUserVerification: false,
      });
    } catch {
      return false;
    }
    if (!verified.verified) return false;
    const { credential } = verified.registrationInfo;
    await manager.insert(PasskeyEntity, {
      userId: user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: String(credential.counter),
      transports: credential.transports ?? [],
      name: name?.trim() || 'Passkey',
      lastUsedAt: null,
    });
    await this.audit.record({ actor: user, action: 'mfa_enroll', resource: 'auth', recordId: user.id, details: { factor: 'passkey' } }, manager);
    return true;
  }

  /** Options to prove a passkey: for a known user (second factor) or anyone (passwordless, discoverable). */
  async authenticationOptions(userId: string | null) {
    const allow = userId ? await this.dataSource.getRepository(PasskeyEntity).findBy({ userId }) : [];
    const options = await generateAuthenticationOptions({
      rpID: this.config.webauthnRpId,
      allowCredentials: allow.map((p) => ({ id: p.credentialId, transports: p.transports })),
      userVerification: userId ? 'preferred' : 'required',
    });
    const challengeId = await this.saveChallenge(userId, 'authenticate', options.challenge);
    return { challengeId, options };
  }

  /**
   * Verifies an assertion; returns the user it proves, or null. For a known user (second factor) the
   * credential must be theirs; passwordless needs user verification (the device's PIN or biometrics).
   */
  async authenticate(manager: EntityManager, challengeId: string, response: AuthenticationResponseJSON, userId: string | null): Promise<UserEntity | null> {
    const challenge = await this.takeChallenge(manager, challengeId, 'authenticate', userId);
    if (!challenge || typeof response?.id !== 'string') return null;
    const passkey = await manager.findOne(PasskeyEntity, { where: { credentialId: response.id }, lock: { mode: 'pessimistic_write' } });
    if (!passkey || (userId !== null && passkey.userId !== userId)) return null;
    let verified;
    try {
      verified = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: this.config.webauthnOrigins,
        expectedRPID: this.config.webauthnRpId,
        credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: Number(passkey.counter), transports: passkey.transports },
        requireUserVerification: userId === null,
      });
    } catch {
      return null;
    }
    if (!verified.verified) return null;
    await manager.update(PasskeyEntity, { id: passkey.id }, { counter: String(verified.authenticationInfo.newCounter), lastUsedAt: new Date() });
    const user = await manager.findOneBy(UserEntity, { id: passkey.userId });
    return user && !user.disabled ? user : null;
  }

  async remove(actor: RequestUser, id: string, required: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const passkey = await manager.findOneBy(PasskeyEntity, { id, userId: actor.id });
      if (!passkey) throw new NotFoundError('passkey');
      const rows: { n: number }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM mfa_passkeys WHERE user_id = $1) + (SELECT count(*)::int FROM mfa_totp WHERE user_id = $1 AND secret_enc IS NOT NULL) AS n`,
        [actor.id],
      );
      if (required && rows[0].n <= 1) throw new AppError('CONFLICT', 'your role needs a second factor: add another before removing this one');
      await manager.delete(PasskeyEntity, { id });
      await this.audit.record({ actor, action: 'mfa_reset', resource: 'auth', recordId: actor.id, details: { factor: 'passkey' } }, manager);
    });
  }
}

export { refused as passkeyRefused };
