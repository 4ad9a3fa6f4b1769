import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role, SessionRecord } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, NotFoundError, type RequestUser, currentRequestContext, returnedRows } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { AuthSessionEntity } from '../entities/auth-session.entity';

export type SessionEndReason = 'logout' | 'refresh_token_reuse' | 'ended_by_user' | 'ended_by_admin' | 'password_changed' | 'password_reset' | 'factors_reset' | 'user_disabled' | 'role_changed';

/** How often (seconds) a request moves `last_used_at`: enough for the idle timeout, without a write per request. */
const TOUCH_EVERY_SECONDS = 30;

/**
 * Server-side sign-in sessions. The access token carries the session id; `check` runs on every request,
 * so an ended, expired or idle session (or a disabled user) is refused at once. Database errors are never
 * caught here: they propagate to the exception filter (503), never turning into a 401.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async create(manager: EntityManager, userId: string, method: string): Promise<AuthSessionEntity> {
    const context = currentRequestContext();
    const now = new Date();
    const session = manager.create(AuthSessionEntity, {
      id: randomUUID(),
      userId,
      method,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionMaxAgeSeconds * 1000),
      endedAt: null,
      endReason: null,
      address: context?.address ?? null,
      userAgent: context?.userAgent ?? null,
    });
    await manager.insert(AuthSessionEntity, session);
    return session;
  }

  /** The caller of a request, if its session is open and its user active; touches the session. */
  async check(sessionId: string, userId: string): Promise<RequestUser | null> {
    const rows: { id: string; role: Role }[] = await this.dataSource.query(
      `WITH live AS (
         SELECT s.id AS sid, s.last_used_at, u.id, u.role FROM auth_sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > now()
            AND s.last_used_at > now() - make_interval(secs => $3) AND u.disabled = false
       ), touched AS (
         UPDATE auth_sessions SET last_used_at = now()
          WHERE id IN (SELECT sid FROM live WHERE last_used_at < now() - make_interval(secs => $4))
       )
       SELECT id, role FROM live`,
      [sessionId, userId, this.config.sessionIdleSeconds, TOUCH_EVERY_SECONDS],
    );
    return rows[0] ? { id: rows[0].id, role: rows[0].role, sessionId } : null;
  }

  /** Locks an open, unexpired session for a refresh; null when it may no longer be refreshed. */
  async lockLive(manager: EntityManager, sessionId: string): Promise<AuthSessionEntity | null> {
    const session = await manager.findOne(AuthSessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
    if (!session || session.endedAt) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) return null;
    if (session.lastUsedAt.getTime() <= now - this.config.sessionIdleSeconds * 1000) return null;
    return session;
  }

  async touch(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query('UPDATE auth_sessions SET last_used_at = now() WHERE id = $1', [sessionId]);
  }

  async list(userId: string, currentSessionId: string | undefined): Promise<SessionRecord[]> {
    const rows = await this.dataSource.query(
      `SELECT id, created_at, last_used_at, user_agent, address FROM auth_sessions
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() AND last_used_at > now() - make_interval(secs => $2)
        ORDER BY last_used_at DESC`,
      [userId, this.config.sessionIdleSeconds],
    );
    return (rows as { id: string; created_at: Date; last_used_at: Date; user_agent: string | null; address: string | null }[]).map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      lastUsedAt: r.last_used_at.toISOString(),
      userAgent: r.user_agent,
      address: r.address,
      current: r.id === currentSessionId,
    }));
  }

  /** Ends one of the caller's own sessions; someone else's answers 404 as if it did not exist. */
  async endOwn(actor: RequestUser, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.endWhere(manager, 'id = $1 AND user_id = $2', [sessionId, actor.id], 'ended_by_user');
      if (ended.length === 0) throw new NotFoundError('session');
      await this.audit.record({ actor, action: 'session_end', resource: 'auth', recordId: actor.id, details: { reason: 'ended_by_user', count: 1 } }, manager);
    });
  }

  /** Ends one session (logout, reuse of a refresh token). */
  async end(manager: EntityManager, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    return (await this.endWhere(manager, 'id = $1', [sessionId], reason)).length > 0;
  }

  /** Ends every open session of a user, but `exceptSessionId` (the caller's own, after a password change). */
  async endAllForUser(manager: EntityManager, userId: string, reason: SessionEndReason, exceptSessionId?: string): Promise<number> {
    const ended = exceptSessionId
      ? await this.endWhere(manager, 'user_id = $1 AND id <> $2', [userId, exceptSessionId], reason)
      : await this.endWhere(manager, 'user_id = $1', [userId], reason);
    return ended.length;
  }

  /** An admin ends all of a user's sessions. */
  async endAllByAdmin(actor: RequestUser, userId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const exists: unknown[] = await manager.query('SELECT 1 FROM users WHERE id = $1', [userId]);
      if (exists.length === 0) throw new NotFoundError('user');
      const count = await this.endAllForUser(manager, userId, 'ended_by_admin');
      await this.audit.record({ actor, action: 'session_end', resource: 'users', recordId: userId, details: { reason: 'ended_by_admin', count } }, manager);
      return count;
    });
  }

  /**
   * Housekeeping for the job runner: deletes sessions past their absolute end or ended more than a day
   * ago (their refresh tokens go with them), and expired sign-in challenges.
   */
  async deleteExpired(now: Date = new Date()): Promise<{ sessions: number; challenges: number }> {
    return this.dataSource.transaction(async (manager) => {
      const sessions = returnedRows(await manager.query(
        `DELETE FROM auth_sessions WHERE expires_at < $1 OR ended_at < $1 - interval '1 day'
            OR last_used_at < $1 - make_interval(secs => $2) RETURNING id`,
        [now, this.config.sessionIdleSeconds],
      ));
      const mfa = returnedRows(await manager.query('DELETE FROM mfa_challenges WHERE expires_at < $1 RETURNING id', [now]));
      const webauthn = returnedRows(await manager.query('DELETE FROM webauthn_challenges WHERE expires_at < $1 RETURNING id', [now]));
      return { sessions: sessions.length, challenges: mfa.length + webauthn.length };
    });
  }

  private async endWhere(manager: EntityManager, where: string, params: unknown[], reason: SessionEndReason): Promise<string[]> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(`UPDATE auth_sessions SET ended_at = now(), end_reason = $${params.length + 1} WHERE ${where} AND ended_at IS NULL RETURNING id`, [...params, reason]),
    );
    const ids = rows.map((r) => r.id);
    if (ids.length > 0) await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = ANY($1::uuid[]) AND revoked_at IS NULL', [ids]);
    return ids;
  }
}
