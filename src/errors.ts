// The error catalogue: every error a client can receive, its HTTP status and why it exists.
// Anything thrown that is not an AppError is reported to clients as INTERNAL.

export const ERRORS = {
  /** The request does not match its schema or breaks a limit. */
  VALIDATION_FAILED: 400,
  /** No credentials, or credentials that could not be verified. */
  UNAUTHENTICATED: 401,
  /** The caller is known but lacks the role or ownership the action needs. */
  FORBIDDEN: 403,
  /** A block between the two users forbids the action. */
  USER_BLOCKED: 403,
  /** The object does not exist, or the caller may not know that it exists. */
  NOT_FOUND: 404,
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
  /** The moderation policy refused the content. */
  CONTENT_REJECTED: 422,
  /** Too many requests; Retry-After tells when to try again. */
  RATE_LIMITED: 429,
  /** Something failed inside Parley; details are in the log, never in the response. */
  INTERNAL: 500,
  /** A dependency (database, Redis) is unreachable. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERRORS;

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

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError('VALIDATION_FAILED', message, details);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
