import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

/** Mail, links and the job runner (issue 15), validated at boot like the rest of the configuration. */
export interface DeadlinesConfig {
  smtpUrl: string | null;
  mailFrom: string;
  digestHour: number;
  jobsTickSeconds: number;
  jobsRetrySeconds: number;
}

class DeadlinesEnv {
  @IsOptional() @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' }) SMTP_URL?: string;
  @IsOptional() @IsString() MAIL_FROM?: string;
  @IsOptional() @IsInt() @Min(0) @Max(23) DIGEST_HOUR?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3600) JOBS_TICK_SECONDS?: number;
  @IsOptional() @IsInt() @Min(1) @Max(86400) JOBS_RETRY_SECONDS?: number;
}

const NUMERIC = ['DIGEST_HOUR', 'JOBS_TICK_SECONDS', 'JOBS_RETRY_SECONDS'];

/** Throws an Error whose message is the one-line reason; loadConfig turns it into a ConfigError. */
export function loadDeadlinesConfig(raw: NodeJS.ProcessEnv): DeadlinesConfig {
  const plain: Record<string, unknown> = {};
  for (const key of ["SMTP_URL", "MAIL_FROM", ...NUMERIC]) {
    const value = raw[key];
    if (value === undefined || value === '') continue;
    plain[key] = NUMERIC.includes(key) && /^-?\d+$/.test(value) ? Number(value) : value;
  }
  const env = plainToInstance(DeadlinesEnv, plain);
  const [first] = validateSync(env);
  if (first) throw new Error(Object.values(first.constraints ?? {})[0] ?? `${first.property} is invalid`);
  return {
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? 'Case tracker <no-reply@localhost>',
    digestHour: env.DIGEST_HOUR ?? 7,
    jobsTickSeconds: env.JOBS_TICK_SECONDS ?? 60,
    jobsRetrySeconds: env.JOBS_RETRY_SECONDS ?? 60,
  };
}
