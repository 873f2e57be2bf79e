import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The application's configuration, read from the environment and validated at start-up. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** An external PostgreSQL server; without it an embedded server is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * The restricted role the application connects as (a member of `kl_app`: no superuser, no
   * BYPASSRLS, owns no tables). Without it the role `kl_app_login` is created on DATABASE_URL's
   * (or the embedded) server with a password derived from the owner's, which needs CREATEROLE.
   * DATABASE_URL stays the owner: migrations and seeds run as it.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_APP_URL?: string;

  /**
   * The role the national and regional tiers connect as (a member of `kl_aggregate` only: granted
   * reference data and national frameworks, no table that names a person). Without it the role
   * `kl_aggregate_login` is created like `kl_app_login`.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_AGGREGATE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Where the embedded PostgreSQL keeps its data between runs. */
  @IsString()
  DATA_DIR = '.data';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** The built web app to serve; empty to serve the API only. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** A session ends after this many minutes without a request (OWASP ASVS 7.3.1). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** A session ends this many hours after sign-in, used or not (OWASP ASVS 7.3.2). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Failed sign-ins of one e-mail from one address within the window before 429 (ASVS 6.3, ADR 0003). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;

  /** Failed sign-ins per client address within the window before sign-in answers 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  /**
   * Failed sign-ins of one e-mail from any address before each further attempt waits a doubling
   * time (backoff up to the window); addresses the person signed in from before are exempt.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 20;

  /** The window the failed sign-ins are counted in, minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_FAILURE_WINDOW_MINUTES = 15;

  /** How long an invitation link is valid, hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  INVITATION_VALID_HOURS = 72;

  /**
   * How often the round clock opens and closes inventory rounds on their dates, seconds; 0 turns
   * it off (tests move rounds by calling the clock themselves).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 3600)
  ROUND_CLOCK_INTERVAL_SECONDS = 60;

  /** GDPR retention: people whose employment ended more than this many months ago are listed for erasure. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1200)
  ERASURE_AFTER_MONTHS = 24;

  /** GDPR retention: a closed round's person-level data may be purged this many years after it closed. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  ROUND_PURGE_AFTER_YEARS = 5;

  /** The address users reach the app at, for links (e.g. https://kompetens.kommun.se); else links are relative. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** A mail server for invitation links (smtp:// or smtps://, credentials in the URL); without it links are shown and logged. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of the app's e-mail. */
  @IsString()
  MAIL_FROM = 'Kompetensläget <no-reply@localhost>';

  /**
   * Development and tests only (refused in production): an identity provider may be reached over
   * http and at internal addresses (loopback, private networks), e.g. a provider on localhost.
   */
  @Transform(toBoolean)
  @IsBoolean()
  OIDC_ALLOW_INTERNAL_ISSUERS = false;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

const CONFIG_KEYS = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_APP_URL',
  'DATABASE_AGGREGATE_URL',
  'DATABASE_POOL_SIZE',
  'DATA_DIR',
  'LOG_LEVEL',
  'WEB_DIST_DIR',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS',
  'LOGIN_MAX_FAILURES_PER_ACCOUNT',
  'LOGIN_MAX_FAILURES_PER_ADDRESS',
  'LOGIN_FAILURE_WINDOW_MINUTES',
  'INVITATION_VALID_HOURS',
  'ROUND_CLOCK_INTERVAL_SECONDS',
  'ERASURE_AFTER_MONTHS',
  'ROUND_PURGE_AFTER_YEARS',
  'PUBLIC_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'OIDC_ALLOW_INTERNAL_ISSUERS',
];

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the configuration from `env`; throws naming each bad variable. Unknown variables are ignored. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => CONFIG_KEYS.includes(key) && value !== ''),
  );
  const config = plainToInstance(AppConfig, relevant);
  const problems = validateSync(config, { whitelist: true }).map(
    (e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (config.isProduction && config.OIDC_ALLOW_INTERNAL_ISSUERS === true) {
    problems.push('OIDC_ALLOW_INTERNAL_ISSUERS=true: not allowed with NODE_ENV=production');
  }
  if (problems.length > 0) {
    throw new ConfigValidationError(problems);
  }
  return config;
}
