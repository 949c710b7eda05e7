// The error catalogue: every error a client can receive, its HTTP status and why it exists.
// Anything thrown that is not an AppError is reported to clients as INTERNAL.

export const ERRORS = {
  /** The request does not match its schema or breaks a limit. */
  VALIDATION_FAILED: 400,
  /** No credentials, or credentials that could not be verified. */
  UNAUTHENTICATED: 401,
  /** A socket's credentials could not be verified (`auth_error`); the socket is closed. */
  AUTH_FAILED: 401,
  /** A socket's token expired without a fresh one (`auth_error`); the socket is closed. */
  TOKEN_EXPIRED: 401,
  /** The caller is known but lacks the role or ownership the action needs. */
  FORBIDDEN: 403,
  /** A block between the two users forbids the action. */
  USER_BLOCKED: 403,
  /** The object does not exist, or the caller may not know that it exists. */
  NOT_FOUND: 404,
  /** The path exists, but not with this method; `Allow` lists the methods it answers. */
  METHOD_NOT_ALLOWED: 405,
  /** The request conflicts with the current state of the object. */
  CONFLICT: 409,
  /** The conversation is closed to new messages. */
  CONVERSATION_CLOSED: 409,
  /** The cursor points before the retained event log; the client must reload. */
  RESYNC_REQUIRED: 410,
  /** The body or upload is larger than allowed. */
  PAYLOAD_TOO_LARGE: 413,
  /** The body's type is not one this endpoint accepts. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** A download's byte range starts past the file's end (Content-Range names its size). */
  RANGE_NOT_SATISFIABLE: 416,
  /** The moderation policy refused the content. */
  CONTENT_REJECTED: 422,
  /** Too many requests; Retry-After tells when to try again. */
  RATE_LIMITED: 429,
  /** Something failed inside Parley; details are in the log, never in the response. */
  INTERNAL: 500,
  /** A stored value is sealed with an encryption key that is not configured (ENCRYPTION_KEYS). */
  ENCRYPTION_KEY_MISSING: 500,
  /** A dependency (database, Redis) is unreachable. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Seconds a client should wait before retrying while a dependency is away (UNAVAILABLE, `/ready` 503). */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/** Network errors of a connection (to a database, a file store) that could not be made or was lost. */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * File system errors of a volume that is full or cannot be written (the upload folder, its
 * staging): an outage of the file store, not a bug.
 */
const FILE_STORE_OUTAGE_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

export function isFileStoreOutage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && FILE_STORE_OUTAGE_CODES.has(code) && typeof (error as { syscall?: unknown }).syscall === 'string';
}

export interface AppErrorOptions {
  /** Sent as Retry-After (seconds): when a retry may succeed. */
  retryAfterSeconds?: number;
  /** What went wrong underneath; logged, never sent to a client. */
  cause?: unknown;
}

export class AppError extends Error {
  readonly status: number;
  /** Sent as Retry-After with RATE_LIMITED and UNAVAILABLE. */
  retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.status = ERRORS[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/**
 * A stored value or file that fails authentication under its key: altered or damaged in storage.
 * No key opens it, so it is never served (500 INTERNAL) and a key rotation passes over it.
 */
export class UndecryptableError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('INTERNAL', message, undefined, cause === undefined ? {} : { cause });
    this.name = 'UndecryptableError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError('VALIDATION_FAILED', message, details);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);

/** What a client sees of an error, on HTTP and on both socket transports. */
export interface PublicError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

const INTERNAL_MESSAGE = 'something went wrong on our side';

/**
 * The one mapping from anything thrown to what a client may see, for every edge: a known
 * error as it is, anything else as INTERNAL with no text of its own (log it before calling).
 */
export function publicError(error: unknown): PublicError {
  if (!(error instanceof AppError)) return { code: 'INTERNAL', message: INTERNAL_MESSAGE };
  // A client told to slow down is told how long in a field it can read, on every edge (HTTP adds Retry-After).
  const details =
    error.code === 'RATE_LIMITED' && error.retryAfterSeconds !== undefined ? { ...error.details, retryAfterSeconds: error.retryAfterSeconds } : error.details;
  return { code: error.code, message: error.message, ...(details ? { details } : {}) };
}

/** A token whose time ran out: 401 UNAUTHENTICATED over HTTP, AUTH_FAILED with reason TOKEN_EXPIRED on a socket. */
export const tokenExpired = () => new AppError('UNAUTHENTICATED', 'the token has expired', { reason: 'TOKEN_EXPIRED' });

/** An erased user (GDPR) is nobody: they cannot be added anywhere or be given a profile again. */
export const erasedTarget = (userId: string) => new AppError('NOT_FOUND', `user ${userId.slice(0, 128)} not found`, { userId });
export const erasedProfile = (userId: string) =>
  new AppError('CONFLICT', `user ${userId.slice(0, 128)} was erased; the id cannot be given a profile again`, { userId });

/** The caller's user was erased (GDPR): their credentials no longer name anyone. */
export const erasedUser = () => new AppError('UNAUTHENTICATED', 'this user has been erased');

export interface SocketAuthError {
  code: 'AUTH_FAILED';
  message: string;
  reason?: 'TOKEN_EXPIRED' | 'RATE_LIMITED';
  retryAfterSeconds?: number;
}

/**
 * A socket's `auth_error`: always code AUTH_FAILED, as the contract says; an expired token adds
 * `reason: TOKEN_EXPIRED`, so a client knows a fresh token (not other credentials) is the cure,
 * and an address that presented too many refused credentials `reason: RATE_LIMITED` with the
 * seconds to wait.
 */
export function socketAuthError(error: unknown): SocketAuthError {
  if (!(error instanceof AppError)) return { code: 'AUTH_FAILED', message: 'authentication failed' };
  if (error.details?.reason === 'TOKEN_EXPIRED') return { code: 'AUTH_FAILED', message: error.message, reason: 'TOKEN_EXPIRED' };
  if (error.code === 'RATE_LIMITED') {
    return { code: 'AUTH_FAILED', message: error.message, reason: 'RATE_LIMITED', ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
  }
  return { code: 'AUTH_FAILED', message: error.message };
}
