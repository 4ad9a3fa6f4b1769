import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { InviteResponse, Role, UserRecord } from '@ct/contracts';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  type ListQueryDto,
  NotFoundError,
  type RequestUser,
  StaleVersionError,
  ValidationError,
  filterIds,
  filterString,
  parseListQuery,
  returnedRows,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { InvitationEntity } from './entities/invitation.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';
import { handOverCaseload } from './caseload-handover';
import { assertPasswordAcceptable } from './password-policy';

/** Stored instead of a hash for an account whose person has not set a password yet: nothing verifies against it. */
export const NO_PASSWORD = '!';
const INVITATION_HOURS = 72;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Ends every session of a user (this runs in the users feature's transactions: disabling a user, a new
 * role or password, an admin reset). The session check on every request makes it take effect at once.
 */
export async function endUserSessions(manager: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<number> {
  const rows = returnedRows<{ id: string }>(
    await manager.query(
      `UPDATE auth_sessions SET ended_at = now(), end_reason = $2 WHERE user_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $3::uuid RETURNING id`,
      [userId, reason, exceptSessionId ?? null],
    ),
  );
  if (rows.length > 0) await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = ANY($1::uuid[]) AND revoked_at IS NULL', [rows.map((r) => r.id)]);
  return rows.length;
}

const SORTABLE = ['email', 'role', 'displayName', 'createdAt', 'lastLoginAt', 'disabled'] as const;

export function toUserRecord(u: UserEntity): UserRecord & { version: number } {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    displayName: u.displayName,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    version: u.version,
  };
}

/** What anyone who assigns clients may know about a caseworker: never an email or other account field. */
export interface CaseworkerOption {
  id: string;
  displayName: string;
}

/** The name shown for a caseworker: the display name, or a neutral label from the id (never the email). */
const CASEWORKER_NAME_SQL = "COALESCE(NULLIF(BTRIM(display_name), ''), 'Caseworker ' || LEFT(id::text, 8))";

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(raw: ListQueryDto, actor: RequestUser) {
    const q = parseListQuery(raw, { sortable: SORTABLE, filters: ['id', 'q', 'role', 'disabled'], defaultSort: { field: 'email', order: 'ASC' } });
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('u.id IN (:...ids)', { ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] });
    const text = filterString(q.filter, 'q');
    if (text) qb.andWhere("(u.email ILIKE :t ESCAPE '\\' OR u.displayName ILIKE :t ESCAPE '\\')", { t: `%${escapeLike(text)}%` });
    const role = filterString(q.filter, 'role');
    if (role) qb.andWhere('u.role = :role', { role });
    if (typeof q.filter['disabled'] === 'boolean') qb.andWhere('u.disabled = :disabled', { disabled: q.filter['disabled'] });
    qb.orderBy(`u.${q.sort.field}`, q.sort.order, 'NULLS LAST').addOrderBy('u.id', 'ASC').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: 'users', details: { filters: Object.keys(q.filter), count: rows.length } });
    return { rows: rows.map(toUserRecord), total, skip: q.skip };
  }

  /**
   * Active caseworkers, for choosing whom a client is assigned to (admins and directors): id and a name
   * only. An empty display name becomes a neutral "Caseworker <id prefix>", never the email.
   */
  async listCaseworkers(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: CaseworkerOption[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: ['displayName'], filters: ['id', 'q'], defaultSort: { field: 'displayName', order: 'ASC' } });
    const where = ["role = 'caseworker'", 'disabled = false'];
    const params: unknown[] = [];
    const ids = filterIds(q.filter);
    if (ids) {
      params.push(ids);
      where.push(`id = ANY($${params.length}::uuid[])`);
    }
    const text = filterString(q.filter, 'q');
    if (text) {
      params.push(`%${escapeLike(text)}%`);
      where.push(`display_name ILIKE $${params.length} ESCAPE '\\'`);
    }
    const clause = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM users WHERE ${clause}`, params);
    const rows: CaseworkerOption[] = await this.dataSource.query(
      `SELECT id, ${CASEWORKER_NAME_SQL} AS "displayName" FROM users WHERE ${clause}
       ORDER BY "displayName" ${q.sort.order}, id ASC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, q.skip, q.take],
    );
    await this.audit.record({ actor, action: 'list', resource: 'caseworkers', details: { filters: Object.keys(q.filter), count: rows.length } });
    return { rows: rows.map((r) => ({ id: r.id, displayName: r.displayName })), total, skip: q.skip };
  }

  async get(id: string) {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('user');
    return toUserRecord(user);
  }

  /**
   * Creates a user. With a password (checked against the password rules) the account is ready; without
   * one the answer carries a single-use invitation link through which the person sets it.
   */
  async create(dto: CreateUserDto, actor: RequestUser | null, opts: { skipPolicy?: boolean } = {}): Promise<UserRecord & { version: number } & Partial<InviteResponse>> {
    if (dto.password !== undefined && !opts.skipPolicy) assertPasswordAcceptable(dto.password, dto.email);
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : NO_PASSWORD;
    return this.dataSource.transaction(async (manager) => {
      await this.assertEmailFree(manager, dto.email);
      const saved = await manager.save(
        manager.create(UserEntity, { email: dto.email, passwordHash, role: dto.role, displayName: dto.displayName ?? null, disabled: false }),
      );
      await this.audit.record({ actor, action: 'create', resource: 'users', recordId: saved.id, details: { role: saved.role, invited: dto.password === undefined } }, manager);
      if (dto.password !== undefined) return toUserRecord(saved);
      const invite = await this.createInvitation(manager, saved.id, 'invite', actor);
      return { ...toUserRecord(saved), ...invite };
    });
  }

  /**
   * An admin starts a password reset: the old password stops working, every session ends, and a
   * single-use link (72 h) lets the person set a new one.
   */
  async startPasswordReset(id: string, actor: RequestUser): Promise<InviteResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user');
      await manager.update(UserEntity, { id }, { passwordHash: NO_PASSWORD });
      await endUserSessions(manager, id, 'password_reset');
      return this.createInvitation(manager, id, 'reset', actor);
    });
  }

  private async createInvitation(manager: EntityManager, userId: string, purpose: 'invite' | 'reset', actor: RequestUser | null): Promise<InviteResponse> {
    // Earlier links for this person stop working: only the newest one is valid.
    await manager.query('UPDATE user_invitations SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_HOURS * 3600 * 1000);
    await manager.insert(InvitationEntity, { id: randomUUID(), userId, tokenHash: sha256(token), purpose, expiresAt, usedAt: null });
    await this.audit.record({ actor, action: purpose === 'invite' ? 'invite' : 'password_reset', resource: 'users', recordId: userId, details: { expiresInHours: INVITATION_HOURS } }, manager);
    // The token travels in the URL fragment, which never reaches a server, proxy or access log.
    return { inviteUrl: `${this.config.publicUrl}/#/invitation/${token}`, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Uses an invitation: sets the password (checked against the rules) and marks the link used. Returns
   * the user, or null for an unknown, used or expired link (or a disabled account).
   */
  async acceptInvitation(manager: EntityManager, token: string, password: string): Promise<UserEntity | null> {
    const invitation = await manager.findOne(InvitationEntity, { where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
    if (!invitation || invitation.usedAt || invitation.expiresAt.getTime() <= Date.now()) return null;
    const user = await manager.findOneBy(UserEntity, { id: invitation.userId });
    if (!user || user.disabled) return null;
    assertPasswordAcceptable(password, user.email);
    user.passwordHash = await hashPassword(password);
    await manager.update(UserEntity, { id: user.id }, { passwordHash: user.passwordHash });
    await manager.update(InvitationEntity, { id: invitation.id }, { usedAt: new Date() });
    await endUserSessions(manager, user.id, 'password_reset');
    await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'invite_accept', resource: 'users', recordId: user.id, details: { purpose: invitation.purpose } }, manager);
    return user;
  }

  /** Changing one's own password needs the current one; the caller's other sessions end. */
  async changeOwnPassword(actor: RequestUser, currentPassword: string, newPassword: string, verify: (hash: string, password: string) => Promise<boolean>): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.id });
    if (!user || !(await verify(user.passwordHash, currentPassword))) return false;
    assertPasswordAcceptable(newPassword, user.email);
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: actor.id }, { passwordHash: hash });
      const ended = await endUserSessions(manager, actor.id, 'password_changed', actor.sessionId);
      await this.audit.record({ actor, action: 'password_change', resource: 'users', recordId: actor.id, details: { otherSessionsEnded: ended } }, manager);
    });
    return true;
  }

  async update(id: string, dto: UpdateUserDto, actor: RequestUser) {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user');
      if (dto.password) assertPasswordAcceptable(dto.password, dto.email ?? user.email);
      const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
      if (dto.version !== undefined && dto.version !== user.version) throw new StaleVersionError('user');
      if (id === actor.id && (dto.disabled === true || (dto.role !== undefined && dto.role !== user.role))) {
        throw new ValidationError(dto.disabled ? 'disabled' : 'role', 'you cannot disable or change the role of your own account');
      }
      const changed: string[] = [];
      if (dto.email !== undefined && dto.email !== user.email) {
        await this.assertEmailFree(manager, dto.email);
        user.email = dto.email;
        changed.push('email');
      }
      if (dto.role !== undefined && dto.role !== user.role) {
        user.role = dto.role;
        changed.push('role');
      }
      if (dto.displayName !== undefined && dto.displayName !== user.displayName) {
        user.displayName = dto.displayName;
        changed.push('displayName');
      }
      if (dto.disabled !== undefined && dto.disabled !== user.disabled) {
        user.disabled = dto.disabled;
        changed.push('disabled');
      }
      if (passwordHash) {
        user.passwordHash = passwordHash;
        changed.push('password');
      }
      if (changed.length === 0) return toUserRecord(user);
      const leavesCaseload = user.disabled || (user.role !== 'caseworker' && user.role !== 'admin');
      if (leavesCaseload && (changed.includes('disabled') || changed.includes('role'))) await handOverCaseload(manager, id, dto.reassignClientsTo, actor, this.audit);
      const saved = await manager.save(user);
      // A disabled account or a new password ends every session the account had; a new role applies to
      // the open sessions at once (the session check reads the role on every request).
      const reason = changed.includes('disabled') ? 'user_disabled' : changed.includes('password') ? 'password_reset' : null;
      if (reason) await endUserSessions(manager, id, reason);
      // Role names are not personal: a role change is recorded with the new role.
      const details = changed.includes('role') ? { changed, role: user.role } : { changed };
      await this.audit.record({ actor, action: 'update', resource: 'users', recordId: id, details }, manager);
      return toUserRecord(saved);
    });
  }

  /** For login only: the entity with its hash. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** Used on every authenticated request: the role comes from here, so role changes apply at once. */
  async findActive(id: string, manager: EntityManager = this.dataSource.manager): Promise<{ id: string; role: Role } | null> {
    const rows: { id: string; role: Role }[] = await manager.query(
      'SELECT id, role FROM users WHERE id = $1 AND disabled = false',
      [id],
    );
    return rows[0] ?? null;
  }

  async markLogin(id: string): Promise<void> {
    await this.dataSource.query('UPDATE users SET last_login_at = now() WHERE id = $1', [id]);
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  /** Creates a user when none has this email (bootstrap admin, demo users); returns whether it did. */
  async ensure(input: { email: string; password: string; role: Role; displayName: string }): Promise<boolean> {
    if (await this.findByEmail(input.email)) return false;
    // Bootstrap and demo passwords come from configuration (checked for length at boot), not from a person.
    await this.create({ ...input, email: input.email.trim().toLowerCase() }, null, { skipPolicy: true });
    return true;
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if (await manager.existsBy(UserEntity, { email })) {
      throw new AppError('CONFLICT', 'email: another account uses this email', 'email');
    }
  }
}
