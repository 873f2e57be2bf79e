import { plainToInstance, Transform } from 'class-transformer';
import {
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

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

const CONFIG_KEYS = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATA_DIR',
  'LOG_LEVEL',
  'WEB_DIST_DIR',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
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
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      errors.map(
        (e) =>
          `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  return config;
}
