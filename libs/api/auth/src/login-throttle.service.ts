import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppError, type AppConfig } from '@ct/api-core';

/** Failures from browsers without a device cookie that hold an account back for a quarter hour. */
export const UNTRUSTED_FAILURES = 10;
const UNTRUSTED_WINDOW_SECONDS = 15 * 60;
/** NIST SP 800-63B 5.2.2: no more than 100 consecutive failures on an account. */
export const CONSECUTIVE_FAILURES = 100;
/** Failures one device cookie may see before it stops being trusted. */
export const DEVICE_FAILURES = 10;
const DEVICE_COOKIE_DAYS = 180;
export const DEVICE_COOKIE = 'ct_device';
const FOREVER_SECONDS = 10 * 365 * 86400;

const tooMany = () => new AppError('TOO_MANY_ATTEMPTS', 'too many failed sign-ins; wait a quarter of an hour or use a browser you signed in with before');

export interface LoginClient {
  address: string;
  /** The raw `ct_device` cookie, if the browser sent one. */
  deviceCookie: string | undefined;
}

/**
 * Login throttling in PostgreSQL (shared by every instance), built so that an attacker cannot lock the
 * owner out (OWASP "device cookies"):
 * - per address: attempts per minute (LOGIN_ATTEMPTS_PER_MINUTE);
 * - per account, for browsers without a valid device cookie: 10 failures per 15 minutes, and at most 100
 *   consecutive failures until a successful sign-in;
 * - a browser that signed in to this account before carries a signed device cookie and is held back only
 *   by its own failures (10), never by failures from elsewhere.
 * Keys are keyed hashes of the address, the email or the device nonce, never the values themselves.
 */
@Injectable()
export class LoginThrottleService {
  private readonly deviceKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.deviceKey = createHmac('sha256', config.jwtSecret).update('device cookie').digest();
  }

  private key(kind: string, value: string): string {
    return `${kind}:${createHmac('sha256', this.config.indexKey).update(value).digest('base64url')}`;
  }

  private async hit(key: string, windowSeconds: number): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `INSERT INTO auth_throttle (key, window_start, count) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN auth_throttle.window_start < now() - make_interval(secs => $2) THEN 1 ELSE auth_throttle.count + 1 END,
         window_start = CASE WHEN auth_throttle.window_start < now() - make_interval(secs => $2) THEN now() ELSE auth_throttle.window_start END
       RETURNING count`,
      [key, windowSeconds],
    );
    return rows[0].count;
  }

  private async count(key: string, windowSeconds: number): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count FROM auth_throttle WHERE key = $1 AND window_start >= now() - make_interval(secs => $2)`,
      [key, windowSeconds],
    );
    return rows[0]?.count ?? 0;
  }

  /** Counts this attempt from the address; refuses when the address has used up its minute. */
  async checkAddress(address: string): Promise<void> {
    const count = await this.hit(this.key('ip', address), 60);
    if (count > this.config.loginAttemptsPerMinute) throw new AppError('TOO_MANY_ATTEMPTS', 'too many login attempts; wait a minute');
  }

  /** The device nonce when the cookie is genuine, names this account and has not failed too often. */
  private async trustedDevice(email: string, cookie: string | undefined): Promise<string | null> {
    const nonce = this.verifyDeviceCookie(email, cookie);
    if (!nonce) return null;
    return (await this.count(this.key('dev', nonce), FOREVER_SECONDS)) >= DEVICE_FAILURES ? null : nonce;
  }

  /**
   * Before the password is checked: refuses (429) an untrusted browser while the account is held back.
   * Unknown emails are treated exactly like known ones, so the answer tells nothing about accounts.
   */
  async checkAccount(email: string, client: LoginClient): Promise<{ deviceNonce: string | null }> {
    const deviceNonce = await this.trustedDevice(email, client.deviceCookie);
    if (deviceNonce) return { deviceNonce };
    if ((await this.count(this.key('fail', email), UNTRUSTED_WINDOW_SECONDS)) >= UNTRUSTED_FAILURES) throw tooMany();
    if ((await this.count(this.key('consec', email), FOREVER_SECONDS)) >= CONSECUTIVE_FAILURES) throw tooMany();
    return { deviceNonce: null };
  }

  /** A wrong password (or second-factor code): counted against the device, or against untrusted browsers. */
  async recordFailure(email: string, deviceNonce: string | null): Promise<void> {
    if (deviceNonce) {
      await this.hit(this.key('dev', deviceNonce), FOREVER_SECONDS);
      return;
    }
    await this.hit(this.key('fail', email), UNTRUSTED_WINDOW_SECONDS);
    await this.hit(this.key('consec', email), FOREVER_SECONDS);
  }

  /** A complete sign-in: the account's failure counts start over. */
  async recordSuccess(email: string, deviceNonce: string | null): Promise<void> {
    const keys = [this.key('fail', email), this.key('consec', email)];
    if (deviceNonce) keys.push(this.key('dev', deviceNonce));
    await this.dataSource.query('DELETE FROM auth_throttle WHERE key = ANY($1::text[])', [keys]);
  }

  /** A fresh device cookie for this browser and account (set after a complete sign-in). */
  issueDeviceCookie(email: string): string {
    const nonce = randomBytes(16).toString('base64url');
    const value = `${nonce}.${this.sign(email, nonce)}`;
    const secure = this.config.publicUrl.startsWith('https:') ? '; Secure' : '';
    return `${DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${DEVICE_COOKIE_DAYS * 86400}; HttpOnly; SameSite=Strict${secure}`;
  }

  private sign(email: string, nonce: string): string {
    return createHmac('sha256', this.deviceKey).update(`${email}\n${nonce}`).digest('base64url');
  }

  private verifyDeviceCookie(email: string, cookie: string | undefined): string | null {
    const match = cookie ? /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(cookie) : null;
    if (!match) return null;
    const expected = Buffer.from(this.sign(email, match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
  }
}

/** The value of one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
