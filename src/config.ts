// Configuration: read once at start from the environment (and an optional .env file),
// validated into one typed object. Nothing else in Parley reads process.env.
//
// Every variable is one entry of VARIABLES below: its name, its default, its parser and one
// line of doc. The README's variable table is generated from that list.
// To add a variable:
//   1. add an entry to VARIABLES (in the group where a reader would look for it), built with
//      one of the parsers (integer, flag, choice, text, csv, link) or your own `Variable`; a
//      family of variables named by a pattern (`NAME_<KEY>`) is one entry made with `perKey`;
//   2. put its value into `Config` in loadConfig (and check it against other variables there
//      when it depends on them);
//   3. run `npm run config:docs` to rewrite the README's table
//      (test/unit/config.test.ts fails while the README and VARIABLES disagree).
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type EncryptionKey, parseKeyRing } from './crypto/keyring.js';
import type { ModerationAction, ModerationActions } from './moderation/policy.types.js';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/**
 * A well-formed value whose target cannot be used at start: a database that cannot be reached
 * or opened, a port already taken. Named like a ConfigError, so that the operator knows where
 * to look.
 */
export class StartupError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
    cause?: unknown,
  ) {
    super(`${variable}: ${problem}`, cause === undefined ? undefined : { cause });
    this.name = 'StartupError';
  }
}

type Env = Record<string, string | undefined>;

/** One environment variable: how the README shows its default, what it means, how it is read. */
export interface Variable<T> {
  /** The default as the README shows it (literal values in backticks); undefined: none. */
  readonly shownDefault: string | undefined;
  readonly doc: string;
  /** `value` is undefined when the variable is unset or blank; throws ConfigError when invalid. */
  parse(value: string | undefined, name: string): T;
  /** A family named by a pattern (`perKey`) reads every variable of the environment it covers. */
  readFrom?(env: Env, name: string): T;
}

const code = (value: string | number) => `\`${value}\``;

/** An integer within [min, max]; `fallback` when unset. */
function integer(fallback: number, doc: string, min = 0, max = Number.MAX_SAFE_INTEGER): Variable<number> {
  return {
    shownDefault: code(fallback),
    doc,
    parse(value, name) {
      if (value === undefined) return fallback;
      if (!/^-?\d+$/.test(value)) throw new ConfigError(name, `expected an integer, got "${value}"`);
      const parsed = Number(value);
      if (parsed < min || parsed > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${parsed}`);
      return parsed;
    },
  };
}

/** true/false (also 1/0, yes/no, on/off); undefined when unset unless a fallback is given. */
function flag(fallback: boolean, doc: string): Variable<boolean>;
function flag(fallback: undefined, doc: string, shownDefault: string): Variable<boolean | undefined>;
function flag(fallback: boolean | undefined, doc: string, shownDefault?: string): Variable<boolean | undefined> {
  return {
    shownDefault: shownDefault ?? code(String(fallback)),
    doc,
    parse(value, name) {
      const lower = value?.toLowerCase();
      if (lower === undefined) return fallback;
      if (['true', '1', 'yes', 'on'].includes(lower)) return true;
      if (['false', '0', 'no', 'off'].includes(lower)) return false;
      throw new ConfigError(name, `expected true or false, got "${value}"`);
    },
  };
}

/** One of a fixed set of words. */
function choice<T extends string>(allowed: readonly T[], fallback: T, doc: string): Variable<T> {
  return {
    shownDefault: code(fallback),
    doc,
    parse(value, name) {
      if (value === undefined) return fallback;
      if (!(allowed as readonly string[]).includes(value)) {
        throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
      }
      return value as T;
    },
  };
}

interface TextOptions {
  /** A regular expression the value must match, and what to say when it does not. */
  pattern?: [RegExp, string];
  minLength?: number;
  /** How the README shows a default that is not a fixed value. */
  shownDefault?: string;
}

/** Free text: `fallback` when unset (a string), or undefined when there is none. */
function text(fallback: string, doc: string, options?: TextOptions): Variable<string>;
function text(fallback: undefined, doc: string, options?: TextOptions): Variable<string | undefined>;
function text(fallback: string | undefined, doc: string, options: TextOptions = {}): Variable<string | undefined> {
  return {
    shownDefault: options.shownDefault ?? (fallback === undefined ? undefined : code(fallback)),
    doc,
    parse(value, name) {
      if (value === undefined) return fallback;
      if (options.minLength !== undefined && value.length < options.minLength) {
        throw new ConfigError(name, `must be at least ${options.minLength} characters`);
      }
      if (options.pattern && !options.pattern[0].test(value)) throw new ConfigError(name, options.pattern[1]);
      return value;
    },
  };
}

/** A comma-separated list; empty when unset unless a fallback is given. */
function csv(doc: string, fallback: string[] = [], check?: (item: string, name: string) => void): Variable<string[]> {
  return {
    shownDefault: fallback.length > 0 ? code(fallback.join(',')) : undefined,
    doc,
    parse(value, name) {
      const items = (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
      if (items.length === 0) return [...fallback];
      if (check) for (const item of items) check(item, name);
      return items;
    },
  };
}

function checkUrl(value: string, name: string, protocols: readonly string[]): string {
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

/** A URL with one of the given protocols (`https:`), or undefined when unset. */
function link(protocols: readonly string[], doc: string): Variable<string | undefined> {
  return {
    shownDefault: undefined,
    doc,
    parse: (value, name) => (value === undefined ? undefined : checkUrl(value, name, protocols)),
  };
}

/** ENCRYPTION_KEYS: empty (encryption off) when unset. The error never quotes a key. */
function keyRing(doc: string): Variable<EncryptionKey[]> {
  return {
    shownDefault: 'off',
    doc,
    parse(value, name) {
      if (value === undefined) return [];
      try {
        return parseKeyRing(value);
      } catch (error) {
        throw new ConfigError(name, (error as Error).message);
      }
    },
  };
}

/** How a context type names its variables: `booking-request` → `BOOKING_REQUEST`. */
export const contextTypeKey = (type: string): string => type.toUpperCase().replace(/-/g, '_');

/**
 * A family of variables, one per key: the entry `NAME_<KEY>` stands for every `NAME_FOO` that is
 * set, each read by `each` and named in its own errors. The keys are upper-cased.
 */
function perKey<T>(each: Variable<T>, doc: string): Variable<ReadonlyMap<string, T>> {
  return {
    shownDefault: undefined,
    doc,
    parse: () => new Map(),
    readFrom(env, name) {
      const prefix = name.slice(0, name.indexOf('<'));
      const values = new Map<string, T>();
      for (const [variable, raw] of Object.entries(env)) {
        const value = raw?.trim();
        if (!variable.startsWith(prefix) || value === undefined || value === '') continue;
        // Nothing after the prefix is a typo that would otherwise do nothing, silently.
        const key = variable.slice(prefix.length);
        if (!/^[A-Za-z0-9_]+$/.test(key)) throw new ConfigError(variable, `the part after ${prefix} must name one: letters, digits or _`);
        values.set(key.toUpperCase(), each.parse(value, variable));
      }
      return values;
    },
  };
}

export type Role = 'api' | 'realtime' | 'delivery';
export const ROLES: readonly Role[] = ['api', 'realtime', 'delivery'];

const DEFAULT_JWT_SECRET = 'parley-dev-secret-change-me';
const DEFAULT_AUDIT_HMAC_KEY = 'parley-dev-audit-key-change-me';
const MODERATION_ACTIONS = ['off', 'flag', 'mask', 'block'] as const satisfies readonly ModerationAction[];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable Parley reads, in the order the README lists them. */
export const VARIABLES = {
  NODE_ENV: choice(
    ['development', 'test', 'production'] as const,
    'development',
    '`development`, `test` or `production` (production refuses dev mode and weak secrets)',
  ),
  HOST: text(undefined, 'Listening address', { shownDefault: '`127.0.0.1` in dev mode, else `0.0.0.0`' }),
  PORT: integer(8080, 'Listening port (`0` picks a free one)', 0, 65535),
  API_PREFIX: text('/api/v1', 'Base path of the API and of the plain WebSocket', {
    pattern: [/^(\/[A-Za-z0-9/_-]*)?$/, 'must be a path such as /api/v1'],
  }),
  LOG_LEVEL: choice(LOG_LEVELS, 'info', '`fatal` `error` `warn` `info` `debug` `trace` `silent`; logs are JSON lines'),
  ROLES: csv(
    'What this process serves: `api` (REST), `realtime` (sockets), `delivery` (webhooks and streams, pruning and message retention); `/health`, `/ready` and `/metrics` always',
    [...ROLES],
    (role, name) => {
      if (!(ROLES as readonly string[]).includes(role)) {
        throw new ConfigError(name, `unknown role "${role}"; known: ${ROLES.join(', ')}`);
      }
    },
  ),
  DATA_DIR: text('./data', 'Where the SQLite database lives'),
  DATABASE_URL: text(undefined, '`postgres://…` for PostgreSQL, or `sqlite:/path/file.db`', {
    shownDefault: '(SQLite in `DATA_DIR`)',
    pattern: [/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres://, postgresql:// or sqlite:'],
  }),
  DATABASE_POOL_SIZE: integer(20, 'PostgreSQL connections per process for requests and the roles (the search indexer\'s thread opens up to 2 more)', 1, 500),
  DATABASE_LOCK_TIMEOUT_MS: integer(
    5000,
    'How long a PostgreSQL statement waits for a lock (a row, a table, a conversation\'s turn) before it gives up: 503 `UNAVAILABLE`, nothing written. Each lock is waited for on its own; a write that first waited in the process for its conversation\'s connection (at most two of a conversation\'s writers hold one at once) has only what is left of this time for each, so its wait for the conversation\'s turn stays within it. 0 waits forever',
    0,
    600_000,
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: integer(
    30_000,
    'How long a PostgreSQL statement may run before it is cancelled: 503 `UNAVAILABLE`, nothing written (migrations run without it). 0: no limit',
    0,
    3_600_000,
  ),
  SQLITE_BUSY_TIMEOUT_MS: integer(
    5000,
    'How long a SQLite write waits for a lock another process holds (the process waits with it); then 503 `UNAVAILABLE`',
    0,
    60_000,
  ),
  REDIS_URL: link(['redis:', 'rediss:'], 'Shares real-time delivery nudges, presence and typing between instances; its database number (`/2`) keeps deployments that share one Redis server apart. An instance that dies without closing (`kill -9`, a lost machine) stops announcing its users every 10 s: the others show them offline 30 to 40 s after its last announcement'),
  AUTH_DEV_MODE: flag(
    undefined,
    'Accept `X-User-ID`/`X-Username` (HTTP) and `userId`/`username` (sockets) instead of a token',
    '`true` unless production',
  ),
  JWT_SECRET: text(DEFAULT_JWT_SECRET, 'HS256 key; in production at least 32 characters (unless `JWKS_URL` is used)', {
    shownDefault: 'dev-only default',
  }),
  JWKS_URL: link(['https:', 'http:'], 'RS256/ES256 keys of your auth provider (Clerk, Auth0, …)'),
  JWT_ISSUER: text(undefined, 'Checked against the token\'s `iss` when set'),
  JWT_AUDIENCE: text(undefined, 'Checked against the token\'s `aud` when set; `exp` is always required, and honoured with 5 s of leeway for clocks that drift apart (a socket is closed once that has passed too)'),
  ROLE_CLAIM: text('role', 'Claim holding `admin` or `moderator`'),
  ADMIN_USER_IDS: csv('Comma-separated user ids treated as admins'),
  SERVICE_API_KEY: text(undefined, '`X-Service-Key` of the platform\'s backend (at least 16 characters)', { minLength: 16 }),
  CORS_ORIGINS: csv('Comma-separated origins allowed for browsers, HTTP and socket upgrades alike', ['*']),
  TRUST_PROXY_HOPS: integer(0, 'Proxies in front of Parley whose `X-Forwarded-For` is trusted (client IPs for rate limits)', 0, 10),
  RATE_LIMIT_PER_MINUTE: integer(
    1200,
    'Requests per user (or IP) per minute; 429 with `Retry-After` beyond (`/health`, `/ready` and `/metrics` are never limited, nor is the service key). Answers carry `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`. Refused credentials (tokens refused to sockets too) count against their IP: past this many in a minute, its requests with credentials get 429, and its sockets\' tokens `auth_error` with `reason: RATE_LIMITED`, until the minute ends (but for the valid service key, never locked out by what others at its address send). Each instance counts alone: behind N instances a caller may make up to N times as many. A user\'s socket commands (all their sockets on an instance) get the same number per minute, counted apart from HTTP; beyond, a command is answered `RATE_LIMITED` with `details.retryAfterSeconds` and the socket stays open',
    1,
  ),
  METRICS_TOKEN: text(undefined, 'When set, `/metrics` needs `Authorization: Bearer <token>`'),
  MAX_TITLE_LENGTH: integer(200, 'Conversation title', 1),
  MAX_CONTEXT_FIELD_LENGTH: integer(500, 'Each context field', 1),
  MAX_METADATA_BYTES: integer(4096, 'Metadata, as JSON', 2),
  MAX_GROUP_PARTICIPANTS: integer(256, 'Participants per conversation', 2),
  MAX_MESSAGE_LENGTH: integer(4000, 'Characters per message, after trimming (as sent, whitespace included: at most twice this)', 1),
  MAX_BODY_BYTES: integer(1_048_576, 'Request body (413 beyond, answered before the body is read; a body of up to 8 MB is then read and dropped, so a client still sending it gets the answer and keeps its connection; an upload refused part way, up to 64 MB)', 1024),
  MAX_REASON_LENGTH: integer(1000, 'Block and report reasons, notes', 1),
  MAX_SYNC_PAGE_SIZE: integer(1000, 'Largest `limit` of `GET /sync`', 1),
  EVENT_RETENTION_DAYS: integer(30, 'Events older than this are pruned once every sink has them; older cursors answer 410', 1),
  MESSAGE_RETENTION_DAYS: integer(
    0,
    'Messages older than this many days become tombstones, their texts and files removed everywhere as by an erasure (in the background, on the delivering instance); `0`: kept for ever',
    0,
    100 * 365,
  ),
  'MESSAGE_RETENTION_DAYS_<TYPE>': perKey(
    integer(0, '', 0, 100 * 365),
    'The same for conversations about a context of one type, overriding `MESSAGE_RETENTION_DAYS` (`MESSAGE_RETENTION_DAYS_BOOKING=90`; `-` in a type is `_`; `0`: kept for ever)',
  ),
  WS_HEARTBEAT_INTERVAL: integer(30, 'Seconds between pings; a peer that misses one is dropped', 1),
  SOCKET_EVENTS_PER_SECOND: integer(20, 'Client frames per connection per second (bursts of twice that); a connection beyond is closed', 1),
  SOCKET_CONNECTIONS_PER_USER: integer(
    20,
    'Open sockets per user on one instance (tabs and devices, both transports); one more gets `error` RATE_LIMITED and is closed',
    1,
  ),
  WEBHOOK_URL: csv('One or more receiver URLs, comma-separated', [], (item, name) => {
    checkUrl(item, name, ['https:', 'http:']);
  }),
  WEBHOOK_SECRET: text(undefined, 'Signing secret (required with `WEBHOOK_URL`, at least 16 characters)', { minLength: 16 }),
  WEBHOOK_MAX_ATTEMPTS: integer(20, 'Attempts before a batch is dead-lettered (with the default backoff, about two hours), counted across restarts and instances', 1, 1000),
  WEBHOOK_TIMEOUT_MS: integer(10_000, 'Time a receiver has to answer', 100, 120_000),
  WEBHOOK_BATCH_SIZE: integer(100, 'Most events per webhook request', 1, 500),
  DELIVERY_RETRY_BASE_MS: integer(1000, 'First retry delay of a sink; doubles on each failure, with jitter', 1),
  DELIVERY_RETRY_MAX_MS: integer(600_000, 'Longest retry delay of a sink', 1),
  EVENTS_REDIS_STREAM: text(undefined, 'Redis stream (on `REDIS_URL`) that receives every event'),
  EVENTS_REDIS_STREAM_MAXLEN: integer(1_000_000, 'Approximate length the stream is trimmed to', 1000),
  NATS_URL: text(undefined, 'NATS server with JetStream that receives every event', {
    pattern: [/^(nats|tls|wss?):\/\/[^\s]+$/, 'must look like nats://host:4222'],
  }),
  EVENTS_NATS_SUBJECT: text('parley.events', 'Subject prefix; the stream captures `<prefix>.>`', {
    pattern: [/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'must be a NATS subject such as parley.events (no wildcards)'],
  }),
  MODERATION_PROFANITY: choice(MODERATION_ACTIONS, 'mask', 'Profanity, also disguised: `off`, `flag` (deliver and queue for review), `mask` or `block` (422)'),
  MODERATION_CONTACT_INFO: choice(
    MODERATION_ACTIONS,
    'mask',
    'Phone numbers, email addresses, URLs and messaging handles that would take a deal off the platform: `off`, `flag`, `mask` or `block`',
  ),
  CONTEXT_CLOSE_AFTER_HOURS: integer(0, 'Hours after a context becomes `completed` or `cancelled` until its conversations close (0: at once)', 0, 24 * 365),
  MODERATION_CONTACT_INFO_WHEN_BOOKED: choice(
    MODERATION_ACTIONS,
    'off',
    'Phone numbers and email addresses in conversations whose context is `booked` (URLs and handles keep `MODERATION_CONTACT_INFO`)',
  ),
  MODERATION_CUSTOM: choice(MODERATION_ACTIONS, 'mask', 'Words of `MODERATION_WORDS_FILE`: `off`, `flag`, `mask` or `block`'),
  MODERATION_WORDS_FILE: text(undefined, 'A file of custom words or phrases to moderate, one per line (`#` starts a comment)'),
  MODERATION_ESCALATE_AFTER: integer(
    3,
    'A sender with this many masked or blocked messages within 24 hours has every further message queued for review (`0`: never)',
    0,
    1000,
  ),
  AUDIT_HMAC_KEY: text(undefined, 'Key of the audit log\'s HMAC chain; required in production (at least 32 characters)', {
    shownDefault: 'dev-only default',
    minLength: 32,
  }),
  ENCRYPTION_KEYS: keyRing(
    'Encryption at rest: `keyId:base64Key,…` (32-byte keys); the first seals new values, all open stored ones',
  ),
  ENCRYPTION_ROTATION_VALUES_PER_SECOND: integer(
    2000,
    'Pace of `POST /admin/encryption/rotate`: values (messages, previews, events, files) re-sealed per second',
    1,
    1_000_000,
  ),
  PUBLIC_URL: link(['https:', 'http:'], 'The address clients reach Parley at; attachment links are absolute when set, else paths'),
  UPLOAD_DIR: text(undefined, 'Folder of uploaded files (the local storage driver) and of uploads being checked', {
    shownDefault: '`DATA_DIR/uploads`',
  }),
  S3_BUCKET: text(undefined, 'Store files in this S3 bucket instead of `UPLOAD_DIR` (credentials as the AWS SDK reads them)'),
  S3_ENDPOINT: link(['https:', 'http:'], 'An S3-compatible store (MinIO, R2, …) instead of AWS'),
  S3_FORCE_PATH_STYLE: flag(false, '`http://host/bucket/key` addresses, for MinIO-like stores'),
  S3_TIMEOUT_MS: integer(10_000, 'Time the S3 store has to connect and to begin its answer (an upload a second more per 256 KiB) before the request is given up and tried once more (an upload is not: its file is read once); then its route answers 503 `UNAVAILABLE`', 100, 120_000),
  AWS_REGION: text('us-east-1', 'Region of the bucket'),
  MAX_IMAGE_BYTES: integer(5 * 1024 * 1024, 'Largest image upload (413 beyond)', 1),
  MAX_FILE_BYTES: integer(10 * 1024 * 1024, 'Largest upload of any other type (413 beyond)', 1),
  MAX_IMAGE_PIXELS: integer(40_000_000, 'Largest image, in pixels, width × height (413 beyond; checked before decoding)', 1),
  ATTACHMENT_URL_TTL_SECONDS: integer(300, 'Lifetime of the signed `url`/`thumbnailUrl` links of attachments: at least this, at most a fifth more (expiries are rounded up, so a link stays the same a while and caches)', 10, 7 * 24 * 3600),
  ATTACHMENT_URL_SECRET: text(undefined, 'Key of those links (at least 32 characters)', {
    minLength: 32,
    shownDefault: 'derived from `JWT_SECRET`',
  }),
  ATTACHMENT_ORPHAN_HOURS: integer(24, 'Files never sent in a message are removed after this many hours', 1),
  ATTACHMENT_QUOTA_MB_PER_DAY: integer(500, 'Megabytes one user may upload in 24 hours (429 beyond)', 1),
} satisfies Record<string, Variable<unknown>>;

type Values = { [Name in keyof typeof VARIABLES]: (typeof VARIABLES)[Name] extends Variable<infer T> ? T : never };

/** Parses every variable of VARIABLES, in order; throws ConfigError naming the first bad one. */
function readVariables(env: Env): Values {
  const values: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(VARIABLES) as [string, Variable<unknown>][]) {
    const value = env[name]?.trim();
    values[name] = variable.readFrom ? variable.readFrom(env, name) : variable.parse(value === '' ? undefined : value, name);
  }
  return values as Values;
}

/** The README's variable table, made from VARIABLES. */
export function configTableMarkdown(): string {
  const rows = (Object.entries(VARIABLES) as [string, Variable<unknown>][]).map(
    ([name, variable]) => `| \`${name}\` | ${variable.shownDefault ?? '—'} | ${variable.doc} |`,
  );
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

const TABLE_START = '<!-- config-table: generated from src/config.ts by `npm run config:docs` -->';
const TABLE_END = '<!-- /config-table -->';

/** The README's table as it stands between its markers; undefined when the markers are missing. */
export function configTableIn(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}

/** The README with its table replaced by the one VARIABLES make. */
export function replaceConfigTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${TABLE_START} and ${TABLE_END} are missing`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${configTableMarkdown()}\n${readme.slice(end)}`;
}

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
  database: { kind: 'sqlite'; file: string; busyTimeoutMs: number } | { kind: 'postgres'; url: string; poolSize: number; lockTimeoutMs: number; statementTimeoutMs: number };
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
  /** Message retention in days (0: for ever), and per context type by `contextTypeKey`. */
  messageRetention: { days: number; daysByContextType: ReadonlyMap<string, number> };
  wsHeartbeatSeconds: number;
  /** Client frames per socket connection per second; bursts of twice that. */
  socketEventsPerSecond: number;
  socketConnectionsPerUser: number;
  /** Where clients reach Parley (absolute attachment links), when known. */
  publicUrl: string | undefined;
  attachments: {
    uploadDir: string;
    s3: { bucket: string; region: string; endpoint: string | undefined; forcePathStyle: boolean; timeoutMs: number } | undefined;
    maxImageBytes: number;
    maxFileBytes: number;
    maxImagePixels: number;
    urlTtlSeconds: number;
    /** Key of the signed links: ATTACHMENT_URL_SECRET, or one derived from JWT_SECRET. */
    urlSecret: Buffer;
    orphanHours: number;
    quotaBytesPerDay: number;
  };
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
  /** Hours from a context's completion or cancellation until its conversations close. */
  contextCloseAfterHours: number;
  moderation: {
    /** What each check does by default (MODERATION_CONTACT_INFO sets both contact actions). */
    actions: ModerationActions;
    /** The action for phone numbers and emails where the context is booked (used by contexts). */
    contactPersonalWhenBooked: ModerationAction;
    wordsFile: string | undefined;
    /** Masks and blocks within 24 hours after which a sender's messages are flagged; 0: never. */
    escalateAfter: number;
  };
  auditHmacKey: string;
  encryption: {
    /** Empty: encryption at rest is off. The first key seals; every key opens. */
    keys: EncryptionKey[];
    rotationValuesPerSecond: number;
  };
}

/** Parses and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const v = readVariables(env);
  const production = v.NODE_ENV === 'production';
  const dataDir = path.resolve(v.DATA_DIR);

  let database: Config['database'];
  if (v.DATABASE_URL === undefined) {
    database = { kind: 'sqlite', file: path.join(dataDir, 'parley.db'), busyTimeoutMs: v.SQLITE_BUSY_TIMEOUT_MS };
  } else if (v.DATABASE_URL.startsWith('sqlite:')) {
    const file = path.resolve(v.DATABASE_URL.slice('sqlite:'.length).replace(/^\/\//, ''));
    database = { kind: 'sqlite', file, busyTimeoutMs: v.SQLITE_BUSY_TIMEOUT_MS };
  } else {
    database = {
      kind: 'postgres',
      url: v.DATABASE_URL,
      poolSize: v.DATABASE_POOL_SIZE,
      lockTimeoutMs: v.DATABASE_LOCK_TIMEOUT_MS,
      statementTimeoutMs: v.DATABASE_STATEMENT_TIMEOUT_MS,
    };
  }

  const devMode = v.AUTH_DEV_MODE ?? !production;
  if (production && devMode) {
    throw new ConfigError('AUTH_DEV_MODE', 'must not be enabled when NODE_ENV=production');
  }
  if (production && v.JWKS_URL === undefined && (v.JWT_SECRET === DEFAULT_JWT_SECRET || v.JWT_SECRET.length < 32)) {
    throw new ConfigError('JWT_SECRET', 'must be set to a secret of at least 32 characters in production');
  }
  if (v.WEBHOOK_URL.length > 0 && v.WEBHOOK_SECRET === undefined) {
    throw new ConfigError('WEBHOOK_SECRET', 'must be set (at least 16 characters) when WEBHOOK_URL is');
  }
  if (v.EVENTS_REDIS_STREAM !== undefined && v.REDIS_URL === undefined) {
    throw new ConfigError('EVENTS_REDIS_STREAM', 'needs REDIS_URL');
  }
  if (production && v.AUDIT_HMAC_KEY === undefined) {
    throw new ConfigError('AUDIT_HMAC_KEY', 'must be set to a secret of at least 32 characters in production');
  }
  const wordsFile = v.MODERATION_WORDS_FILE === undefined ? undefined : path.resolve(v.MODERATION_WORDS_FILE);
  if (wordsFile !== undefined && !existsSync(wordsFile)) {
    throw new ConfigError('MODERATION_WORDS_FILE', `no file at ${wordsFile}`);
  }

  if (production && v.ATTACHMENT_URL_SECRET === undefined && v.JWT_SECRET === DEFAULT_JWT_SECRET) {
    throw new ConfigError('ATTACHMENT_URL_SECRET', 'must be set in production when JWT_SECRET is not');
  }
  if ((v.S3_ENDPOINT !== undefined || v.S3_FORCE_PATH_STYLE) && v.S3_BUCKET === undefined) {
    throw new ConfigError('S3_BUCKET', 'must be set when S3_ENDPOINT or S3_FORCE_PATH_STYLE is');
  }
  // A separate key for links, derived when none is given: a leaked link never helps forge a token.
  const urlSecret = v.ATTACHMENT_URL_SECRET
    ? Buffer.from(v.ATTACHMENT_URL_SECRET)
    : createHmac('sha256', v.JWT_SECRET).update('parley attachment links').digest();

  return {
    env: v.NODE_ENV,
    // Dev mode lets any caller act as any user: it must not face a network by accident.
    host: v.HOST ?? (devMode ? '127.0.0.1' : '0.0.0.0'),
    port: v.PORT,
    apiPrefix: v.API_PREFIX.replace(/\/+$/, ''),
    logLevel: v.LOG_LEVEL,
    roles: v.ROLES as Role[],
    dataDir,
    database,
    redisUrl: v.REDIS_URL,
    auth: {
      devMode,
      jwtSecret: v.JWT_SECRET,
      jwksUrl: v.JWKS_URL,
      issuer: v.JWT_ISSUER,
      audience: v.JWT_AUDIENCE,
      roleClaim: v.ROLE_CLAIM,
      adminUserIds: v.ADMIN_USER_IDS,
      serviceApiKey: v.SERVICE_API_KEY,
    },
    corsOrigins: v.CORS_ORIGINS,
    trustProxyHops: v.TRUST_PROXY_HOPS,
    metricsToken: v.METRICS_TOKEN,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    limits: {
      titleLength: v.MAX_TITLE_LENGTH,
      contextFieldLength: v.MAX_CONTEXT_FIELD_LENGTH,
      metadataBytes: v.MAX_METADATA_BYTES,
      groupParticipants: v.MAX_GROUP_PARTICIPANTS,
      messageLength: v.MAX_MESSAGE_LENGTH,
      bodyBytes: v.MAX_BODY_BYTES,
      reasonLength: v.MAX_REASON_LENGTH,
      syncPageSize: v.MAX_SYNC_PAGE_SIZE,
    },
    eventRetentionDays: v.EVENT_RETENTION_DAYS,
    messageRetention: { days: v.MESSAGE_RETENTION_DAYS, daysByContextType: v['MESSAGE_RETENTION_DAYS_<TYPE>'] },
    wsHeartbeatSeconds: v.WS_HEARTBEAT_INTERVAL,
    socketEventsPerSecond: v.SOCKET_EVENTS_PER_SECOND,
    socketConnectionsPerUser: v.SOCKET_CONNECTIONS_PER_USER,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, ''),
    attachments: {
      uploadDir: path.resolve(v.UPLOAD_DIR ?? path.join(dataDir, 'uploads')),
      s3:
        v.S3_BUCKET === undefined
          ? undefined
          : { bucket: v.S3_BUCKET, region: v.AWS_REGION, endpoint: v.S3_ENDPOINT, forcePathStyle: v.S3_FORCE_PATH_STYLE, timeoutMs: v.S3_TIMEOUT_MS },
      maxImageBytes: v.MAX_IMAGE_BYTES,
      maxFileBytes: v.MAX_FILE_BYTES,
      maxImagePixels: v.MAX_IMAGE_PIXELS,
      urlTtlSeconds: v.ATTACHMENT_URL_TTL_SECONDS,
      urlSecret,
      orphanHours: v.ATTACHMENT_ORPHAN_HOURS,
      quotaBytesPerDay: v.ATTACHMENT_QUOTA_MB_PER_DAY * 1024 * 1024,
    },
    delivery: {
      webhookUrls: v.WEBHOOK_URL,
      webhookSecret: v.WEBHOOK_SECRET,
      webhookMaxAttempts: v.WEBHOOK_MAX_ATTEMPTS,
      webhookTimeoutMs: v.WEBHOOK_TIMEOUT_MS,
      webhookBatchSize: v.WEBHOOK_BATCH_SIZE,
      retryBaseMs: v.DELIVERY_RETRY_BASE_MS,
      retryMaxMs: v.DELIVERY_RETRY_MAX_MS,
      redisStream: v.EVENTS_REDIS_STREAM,
      redisStreamMaxLength: v.EVENTS_REDIS_STREAM_MAXLEN,
      natsUrl: v.NATS_URL,
      natsSubject: v.EVENTS_NATS_SUBJECT,
    },
    contextCloseAfterHours: v.CONTEXT_CLOSE_AFTER_HOURS,
    moderation: {
      actions: {
        profanity: v.MODERATION_PROFANITY,
        contactPersonal: v.MODERATION_CONTACT_INFO,
        contactLinks: v.MODERATION_CONTACT_INFO,
        custom: v.MODERATION_CUSTOM,
      },
      contactPersonalWhenBooked: v.MODERATION_CONTACT_INFO_WHEN_BOOKED,
      wordsFile,
      escalateAfter: v.MODERATION_ESCALATE_AFTER,
    },
    auditHmacKey: v.AUDIT_HMAC_KEY ?? DEFAULT_AUDIT_HMAC_KEY,
    encryption: { keys: v.ENCRYPTION_KEYS, rotationValuesPerSecond: v.ENCRYPTION_ROTATION_VALUES_PER_SECOND },
  };
}

/** Loads `.env` from the working directory into process.env (real variables win). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
