import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { IsBase64, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';
import type { AppConfig } from '@ct/api-core';
import { loadDeadlinesConfig } from './config-deadlines';

/** A configuration problem, reported as one line before the process exits. */
export class ConfigError extends Error {}

class Env {
  @IsOptional() @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' }) DATABASE_URL?: string;
  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'MIGRATION_DATABASE_URL must be a postgres:// URL' }) MIGRATION_DATABASE_URL?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional() @IsIn(['true', 'false'], { message: 'SEED_DEMO must be true or false' }) SEED_DEMO?: string;
  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' }) JWT_SECRET?: string;
  @IsOptional() @IsBase64({}, { message: 'ENCRYPTION_KEY must be base64 (32 random bytes)' }) ENCRYPTION_KEY?: string;
  @IsOptional() @IsInt() @Min(1) ENCRYPTION_KEY_VERSION?: number;
  @IsOptional() @Matches(/^(\d+:[A-Za-z0-9+/=]+)(,\d+:[A-Za-z0-9+/=]+)*$/, { message: 'ENCRYPTION_PREVIOUS_KEYS must be version:base64 pairs separated by commas' })
  ENCRYPTION_PREVIOUS_KEYS?: string;
  @IsOptional() @IsBase64({}, { message: 'INDEX_KEY must be base64 (32 random bytes)' }) INDEX_KEY?: string;
  @IsOptional() @IsInt() @Min(60) @Max(3600) ACCESS_TOKEN_TTL?: number;
  @IsOptional() @IsInt() @Min(300) @Max(30 * 86400) REFRESH_TOKEN_TTL?: number;
  @IsOptional() @IsEmail({}, { message: 'BOOTSTRAP_ADMIN_EMAIL must be an email' }) BOOTSTRAP_ADMIN_EMAIL?: string;
  @IsOptional() @IsString() @MinLength(12, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters' }) BOOTSTRAP_ADMIN_PASSWORD?: string;
  @IsOptional() @IsInt() @Min(5, { message: 'STATS_MIN_CELL must be at least 5' }) @Max(1000) STATS_MIN_CELL?: number;
  @IsOptional() @IsInt() @Min(1, { message: 'STATS_QUERIES_PER_HOUR must be at least 1' }) @Max(100000) STATS_QUERIES_PER_HOUR?: number;
  @IsOptional() @IsString() @MaxLength(200, { message: 'ORG_NAME must be at most 200 characters' }) ORG_NAME?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @IsString() BACKOFFICE_DIR?: string;
  @IsOptional() @IsInt() @Min(10, { message: 'LOGIN_ATTEMPTS_PER_MINUTE must be at least 10' }) LOGIN_ATTEMPTS_PER_MINUTE?: number;
  @IsOptional() @IsString() TRUST_PROXY?: string;
  @IsOptional() @Matches(/^\s*(|(admin|director|caseworker|volunteer)(\s*,\s*(admin|director|caseworker|volunteer))*)\s*$/, { message: 'MFA_REQUIRED_ROLES must be a comma-separated list of roles (admin, director, caseworker, volunteer) or empty' })
  MFA_REQUIRED_ROLES?: string;
  @IsOptional() @IsInt() @Min(600, { message: 'SESSION_MAX_AGE must be at least 600 seconds' }) @Max(30 * 86400) SESSION_MAX_AGE?: number;
  @IsOptional() @IsInt() @Min(300, { message: 'SESSION_IDLE_TIMEOUT must be at least 300 seconds' }) @Max(86400) SESSION_IDLE_TIMEOUT?: number;
  @IsOptional() @Matches(/^https?:\/\/[^/?#]+$/, { message: 'PUBLIC_URL must be an origin such as https://cases.example.org (no path)' }) PUBLIC_URL?: string;
  @IsOptional() @Matches(/^[a-z0-9.-]+$/i, { message: 'WEBAUTHN_RP_ID must be a host name' }) WEBAUTHN_RP_ID?: string;
  @IsOptional() @IsString() APP_TIME_ZONE?: string;
}

const NUMERIC = ['PORT', 'ENCRYPTION_KEY_VERSION', 'ACCESS_TOKEN_TTL', 'REFRESH_TOKEN_TTL', 'STATS_MIN_CELL', 'LOGIN_ATTEMPTS_PER_MINUTE', 'SESSION_MAX_AGE', 'SESSION_IDLE_TIMEOUT', 'STATS_QUERIES_PER_HOUR'] as const;

function parseEnv(raw: NodeJS.ProcessEnv): Env {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // An empty MFA_REQUIRED_ROLES is meaningful (no role needs a second factor).
    if (value === undefined || (value === '' && key !== 'MFA_REQUIRED_ROLES')) continue;
    plain[key] = (NUMERIC as readonly string[]).includes(key) ? (/^-?\d+$/.test(value) ? Number(value) : value) : value;
  }
  const env = plainToInstance(Env, plain, { excludeExtraneousValues: false });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const [first] = errors;
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(message.startsWith(first.property) ? message : `${first.property}: ${message}`);
  }
  return env;
}

function decodeKey(name: string, base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new ConfigError(`${name} must decode to exactly 32 bytes (openssl rand -base64 32)`);
  return key;
}

interface DemoSecrets {
  jwtSecret: string;
  encryptionKey: string;
}

/** In demo mode on the embedded database, secrets are generated once and kept beside the data. */
function demoSecrets(dataDir: string): DemoSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets = { jwtSecret: randomBytes(48).toString('base64url'), encryptionKey: randomBytes(32).toString('base64') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function checkTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw new ConfigError(`APP_TIME_ZONE is not a known time zone: ${zone}`);
  }
}

/**
 * TRUST_PROXY: a hop count (the number of proxies in front of the app) or a comma-separated list of the
 * proxies' addresses/CIDRs. "true" would trust the left-most X-Forwarded-For, which any client can write.
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') throw new ConfigError('TRUST_PROXY=true would trust any client-written X-Forwarded-For; give the number of proxies (e.g. 1) or their addresses');
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new ConfigError('TRUST_PROXY hop count must be at most 10');
    return hops;
  }
  const list = text.split(',').map((a) => a.trim());
  const address = /^([0-9.]+|[0-9a-f:]+)(\/\d{1,3})?$/i;
  if (list.some((a) => !address.test(a))) throw new ConfigError('TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses (CIDR allowed)');
  return list;
}

function parseMfaRoles(value: string | undefined, embedded: boolean): string[] {
  if (value === undefined) return embedded ? [] : ['admin', 'director', 'caseworker'];
  return [...new Set(value.split(',').map((r) => r.trim()).filter(Boolean))];
}

function derive(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `case-tracker ${purpose}`, 32));
}

/** Data-lifecycle settings (erasure ledger, retention), read here to keep them in one place. */
function lifecycleConfig(raw: NodeJS.ProcessEnv, cwd: string, dataDir: string): Pick<AppConfig, 'erasureLedgerPath' | 'retentionYears'> {
  const years = raw['RETENTION_YEARS'] === undefined ? 7 : Number(raw['RETENTION_YEARS']);
  if (!Number.isInteger(years) || years < 1 || years > 100) throw new ConfigError('RETENTION_YEARS must be a whole number of years from 1 to 100');
  return { erasureLedgerPath: resolve(cwd, raw['ERASURE_LEDGER'] ?? join(dataDir, 'erasure-ledger.log')), retentionYears: years };
}

/** Validates the environment once at boot. Throws ConfigError with a one-line reason. */
export function loadConfig(raw: NodeJS.ProcessEnv, cwd = process.cwd(), defaultBackofficeDir = join(__dirname, '..', 'backoffice')): AppConfig {
  const env = parseEnv(raw);
  const databaseUrl = env.DATABASE_URL ?? null;
  if (env.MIGRATION_DATABASE_URL && !databaseUrl) throw new ConfigError('MIGRATION_DATABASE_URL needs DATABASE_URL (the runtime role the app serves with)');
  const embedded = databaseUrl === null;
  const dataDir = resolve(cwd, env.DATA_DIR ?? '.data');

  let jwtSecret = env.JWT_SECRET;
  let encryptionKey = env.ENCRYPTION_KEY;
  if (embedded && (!jwtSecret || !encryptionKey)) {
    const secrets = demoSecrets(dataDir);
    jwtSecret ??= secrets.jwtSecret;
    encryptionKey ??= secrets.encryptionKey;
  }
  if (!jwtSecret) throw new ConfigError('JWT_SECRET is required when DATABASE_URL is set (at least 32 random characters)');
  if (!encryptionKey) throw new ConfigError('ENCRYPTION_KEY is required when DATABASE_URL is set (openssl rand -base64 32)');

  const activeKeyVersion = env.ENCRYPTION_KEY_VERSION ?? 1;
  const encryptionKeys = new Map<number, Buffer>([[activeKeyVersion, decodeKey('ENCRYPTION_KEY', encryptionKey)]]);
  for (const pair of env.ENCRYPTION_PREVIOUS_KEYS?.split(',') ?? []) {
    const [version, key] = pair.split(':');
    const v = Number(version);
    if (v >= activeKeyVersion) throw new ConfigError('ENCRYPTION_PREVIOUS_KEYS must only hold versions older than ENCRYPTION_KEY_VERSION');
    encryptionKeys.set(v, decodeKey(`ENCRYPTION_PREVIOUS_KEYS version ${v}`, key));
  }
  // The index key must outlive key rotations (blind indexes are stored): by default it is derived from
  // key version 1, so once that key is retired INDEX_KEY must be given (rotate-keys prints it).
  const first = encryptionKeys.get(1);
  if (!env.INDEX_KEY && !first) throw new ConfigError('INDEX_KEY is required once encryption key version 1 is retired (rotate-keys printed it)');
  const indexKey = env.INDEX_KEY ? decodeKey('INDEX_KEY', env.INDEX_KEY) : derive(first as Buffer, 'blind index');

  const adminEmail = env.BOOTSTRAP_ADMIN_EMAIL;
  const adminPassword = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (!!adminEmail !== !!adminPassword) throw new ConfigError('BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD go together');

  let deadlines: AppConfig['deadlines'];
  try {
    deadlines = loadDeadlinesConfig(raw);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }

  const port = env.PORT ?? 3000;
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    deadlines,
    port,
    host: env.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL ?? null,
    dataDir,
    embedded,
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : embedded,
    jwtSecret,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL ?? 900,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL ?? 8 * 3600,
    encryptionKeys,
    activeKeyVersion,
    indexKey,
    pseudonymKey: createHmac('sha256', indexKey).update('pseudonym').digest(),
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail.toLowerCase(), password: adminPassword } : null,
    statsMinCell: env.STATS_MIN_CELL ?? 11,
    statsQueriesPerHour: env.STATS_QUERIES_PER_HOUR ?? 120,
    organizationName: env.ORG_NAME?.trim() || null,
    logLevel: env.LOG_LEVEL ?? 'info',
    backofficeDir: resolve(cwd, env.BACKOFFICE_DIR ?? defaultBackofficeDir),
    loginAttemptsPerMinute: env.LOGIN_ATTEMPTS_PER_MINUTE ?? 20,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    mfaRequiredRoles: parseMfaRoles(env.MFA_REQUIRED_ROLES, embedded),
    sessionMaxAgeSeconds: env.SESSION_MAX_AGE ?? 43200,
    sessionIdleSeconds: env.SESSION_IDLE_TIMEOUT ?? 3600,
    publicUrl,
    webauthnRpId: env.WEBAUTHN_RP_ID ?? new URL(publicUrl).hostname,
    webauthnOrigins: [publicUrl],
    timeZone: checkTimeZone(env.APP_TIME_ZONE ?? 'America/New_York'),
    ...lifecycleConfig(raw, cwd, dataDir),
  };
}
