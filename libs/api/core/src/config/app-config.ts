/** Configuration the API runs with, validated once at boot (apps/api/src/config.ts) and injected by token. */
export interface AppConfig {
  port: number;
  host: string;
  /** null means the embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  /** The owner's connection for migrations; null: migrations run with `databaseUrl`. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  embedded: boolean;
  seedDemo: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Data-encryption keys by version; the highest version encrypts, all decrypt. */
  encryptionKeys: ReadonlyMap<number, Buffer>;
  activeKeyVersion: number;
  /** Key for blind indexes (search without plaintext) and pseudonymous codes, derived from the encryption key. */
  indexKey: Buffer;
  pseudonymKey: Buffer;
  bootstrapAdmin: { email: string; password: string } | null;
  statsMinCell: number;
  /** Statistics requests (reads and exports) one user may make per hour before 429. */
  statsQueriesPerHour: number;
  /** The organization's name on the advocacy report (ORG_NAME); null: the report leaves it out. */
  organizationName: string | null;
  logLevel: string;
  backofficeDir: string;
  loginAttemptsPerMinute: number;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses (never "trust the left-most"). */
  trustProxy: false | number | string[];
  /** Roles that must sign in with a second factor. */
  mfaRequiredRoles: readonly string[];
  /** Absolute lifetime of a sign-in session, however often it is refreshed. */
  sessionMaxAgeSeconds: number;
  /** A session unused this long ends. */
  sessionIdleSeconds: number;
  /** Where people open the back office (invitation links, WebAuthn origin). */
  publicUrl: string;
  webauthnRpId: string;
  webauthnOrigins: string[];
  /** Where the organization works: "today" for deadlines and clocks is a date in this zone. */
  timeZone: string;
  /** File listing erased clients, kept outside the database (beside the backups); `restore` re-applies it. */
  erasureLedgerPath: string;
  /** Years after a case closes before a client comes up for retention review. */
  retentionYears: number;
  /** Mail, public links and the job runner (issue 15). */
  deadlines: {
    /** null: demo mode, messages go to the admins' outbox. */
    smtpUrl: string | null;
    mailFrom: string;
    digestHour: number;
    /** 0 turns the scheduler off. */
    jobsTickSeconds: number;
    jobsRetrySeconds: number;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
