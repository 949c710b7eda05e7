// Configuration: read once at start from the environment (and an optional .env file),
// validated into one typed object. Nothing else in Parley reads process.env.
import { existsSync } from 'node:fs';
import path from 'node:path';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEFAULT_JWT_SECRET = 'parley-dev-secret-change-me';

function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function str(env: Env, name: string, fallback: string): string {
  return raw(env, name) ?? fallback;
}

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new ConfigError(name, `expected an integer, got "${value}"`);
  const parsed = Number(value);
  if (parsed < min || parsed > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${parsed}`);
  return parsed;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const value = raw(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `expected true or false, got "${value}"`);
}

function list(env: Env, name: string): string[] {
  return (raw(env, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

export type Role = 'api' | 'realtime' | 'delivery';
export const ROLES: readonly Role[] = ['api', 'realtime', 'delivery'];

export interface Limits {
  titleLength: number;
  contextFieldLength: number;
  metadataBytes: number;
  groupParticipants: number;
  messageLength: number;
  bodyBytes: number;
  reasonLength: number;
  syncPageSize: number;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  apiPrefix: string;
  logLevel: string;
  roles: Role[];
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize: number };
  redisUrl: string | undefined;
  auth: {
    devMode: boolean;
    jwtSecret: string;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    roleClaim: string;
    adminUserIds: string[];
    serviceApiKey: string | undefined;
  };
  corsOrigins: string[];
  /** Trust X-Forwarded-For from this many proxy hops (0: none), for client IPs behind a load balancer. */
  trustProxyHops: number;
  metricsToken: string | undefined;
  rateLimitPerMinute: number;
  limits: Limits;
  eventRetentionDays: number;
  wsHeartbeatSeconds: number;
  delivery: {
    webhookUrls: string[];
    webhookSecret: string | undefined;
    webhookMaxAttempts: number;
    webhookTimeoutMs: number;
    webhookBatchSize: number;
    retryBaseMs: number;
    retryMaxMs: number;
    redisStream: string | undefined;
    redisStreamMaxLength: number;
    natsUrl: string | undefined;
    natsSubject: string;
  };
}

/** Parses and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(str(env, 'DATA_DIR', './data'));

  const databaseUrl = raw(env, 'DATABASE_URL');
  let database: Config['database'];
  if (databaseUrl === undefined) {
    database = { kind: 'sqlite', file: path.join(dataDir, 'parley.db') };
  } else if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    database = { kind: 'postgres', url: databaseUrl, poolSize: int(env, 'DATABASE_POOL_SIZE', 20, 1, 500) };
  } else if (databaseUrl.startsWith('sqlite:')) {
    database = { kind: 'sqlite', file: path.resolve(databaseUrl.slice('sqlite:'.length).replace(/^\/\//, '')) };
  } else {
    throw new ConfigError('DATABASE_URL', 'must start with postgres://, postgresql:// or sqlite:');
  }

  const devMode = bool(env, 'AUTH_DEV_MODE', !production);
  const jwtSecret = str(env, 'JWT_SECRET', DEFAULT_JWT_SECRET);
  const jwksUrl = url(env, 'JWKS_URL', ['https:', 'http:']);
  if (production && devMode) {
    throw new ConfigError('AUTH_DEV_MODE', 'must not be enabled when NODE_ENV=production');
  }
  if (production && jwksUrl === undefined && (jwtSecret === DEFAULT_JWT_SECRET || jwtSecret.length < 32)) {
    throw new ConfigError('JWT_SECRET', 'must be set to a secret of at least 32 characters in production');
  }
  const serviceApiKey = raw(env, 'SERVICE_API_KEY');
  if (serviceApiKey !== undefined && serviceApiKey.length < 16) {
    throw new ConfigError('SERVICE_API_KEY', 'must be at least 16 characters');
  }

  const roles = list(env, 'ROLES');
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError('ROLES', `unknown role "${role}"; known: ${ROLES.join(', ')}`);
    }
  }

  const apiPrefix = str(env, 'API_PREFIX', '/api/v1').replace(/\/+$/, '');
  if (apiPrefix !== '' && !/^\/[A-Za-z0-9/_-]*$/.test(apiPrefix)) {
    throw new ConfigError('API_PREFIX', 'must be a path such as /api/v1');
  }

  const webhookUrls = list(env, 'WEBHOOK_URL');
  for (const webhook of webhookUrls) url({ WEBHOOK_URL: webhook }, 'WEBHOOK_URL', ['https:', 'http:']);
  const webhookSecret = raw(env, 'WEBHOOK_SECRET');
  if (webhookUrls.length > 0 && (webhookSecret === undefined || webhookSecret.length < 16)) {
    throw new ConfigError('WEBHOOK_SECRET', 'must be set (at least 16 characters) when WEBHOOK_URL is');
  }
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const redisStream = raw(env, 'EVENTS_REDIS_STREAM');
  if (redisStream !== undefined && redisUrl === undefined) {
    throw new ConfigError('EVENTS_REDIS_STREAM', 'needs REDIS_URL');
  }
  const natsUrl = raw(env, 'NATS_URL');
  if (natsUrl !== undefined && !/^(nats|tls|wss?):\/\/[^\s]+$/.test(natsUrl)) {
    throw new ConfigError('NATS_URL', 'must look like nats://host:4222');
  }
  const natsSubject = str(env, 'EVENTS_NATS_SUBJECT', 'parley.events');
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(natsSubject)) {
    throw new ConfigError('EVENTS_NATS_SUBJECT', 'must be a NATS subject such as parley.events (no wildcards)');
  }

  return {
    env: nodeEnv,
    host: str(env, 'HOST', '0.0.0.0'),
    port: int(env, 'PORT', 8080, 0, 65535),
    apiPrefix,
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    roles: roles.length > 0 ? (roles as Role[]) : [...ROLES],
    dataDir,
    database,
    redisUrl,
    auth: {
      devMode,
      jwtSecret,
      jwksUrl,
      issuer: raw(env, 'JWT_ISSUER'),
      audience: raw(env, 'JWT_AUDIENCE'),
      roleClaim: str(env, 'ROLE_CLAIM', 'role'),
      adminUserIds: list(env, 'ADMIN_USER_IDS'),
      serviceApiKey,
    },
    corsOrigins: list(env, 'CORS_ORIGINS').length > 0 ? list(env, 'CORS_ORIGINS') : ['*'],
    trustProxyHops: int(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    metricsToken: raw(env, 'METRICS_TOKEN'),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 1200, 1),
    limits: {
      titleLength: int(env, 'MAX_TITLE_LENGTH', 200, 1),
      contextFieldLength: int(env, 'MAX_CONTEXT_FIELD_LENGTH', 500, 1),
      metadataBytes: int(env, 'MAX_METADATA_BYTES', 4096, 2),
      groupParticipants: int(env, 'MAX_GROUP_PARTICIPANTS', 256, 2),
      messageLength: int(env, 'MAX_MESSAGE_LENGTH', 4000, 1),
      bodyBytes: int(env, 'MAX_BODY_BYTES', 1_048_576, 1024),
      reasonLength: int(env, 'MAX_REASON_LENGTH', 1000, 1),
      syncPageSize: int(env, 'MAX_SYNC_PAGE_SIZE', 1000, 1),
    },
    eventRetentionDays: int(env, 'EVENT_RETENTION_DAYS', 30, 1),
    wsHeartbeatSeconds: int(env, 'WS_HEARTBEAT_INTERVAL', 30, 1),
    delivery: {
      webhookUrls,
      webhookSecret,
      webhookMaxAttempts: int(env, 'WEBHOOK_MAX_ATTEMPTS', 20, 1, 1000),
      webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      webhookBatchSize: int(env, 'WEBHOOK_BATCH_SIZE', 100, 1, 500),
      retryBaseMs: int(env, 'DELIVERY_RETRY_BASE_MS', 1000, 1),
      retryMaxMs: int(env, 'DELIVERY_RETRY_MAX_MS', 600_000, 1),
      redisStream,
      redisStreamMaxLength: int(env, 'EVENTS_REDIS_STREAM_MAXLEN', 1_000_000, 1000),
      natsUrl,
      natsSubject,
    },
  };
}

/** Loads `.env` from the working directory into process.env (real variables win). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
