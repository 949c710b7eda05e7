// Errors the client hands the application: the contract's error shape as classes, so that a
// refused message, a conflict and a lost connection can be told apart with `instanceof`.
import type { ErrorCode } from '../../../src/errors.js';
import type { Violation } from '../../../src/moderation/policy.types.js';

export type { ErrorCode, Violation };

/** The body of every error answer: `{error: {code, message, details}, requestId}`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
  requestId: string;
}

/** Parley answered with an error (any 4xx or 5xx). */
export class ParleyError extends Error {
  override readonly name: string = 'ParleyError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly requestId: string | undefined;

  constructor(
    readonly status: number,
    body: Partial<ErrorBody> | undefined,
    /** Seconds to wait, from `Retry-After` (429, 503). */
    readonly retryAfter?: number,
  ) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.code = body?.error?.code ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    this.details = body?.error?.details;
    this.requestId = body?.requestId;
  }
}

/** 422 CONTENT_REJECTED: the moderation policy refused the text; nothing was stored or sent. */
export class ContentRejectedError extends ParleyError {
  override readonly name = 'ContentRejectedError';
  /** Offsets into the submitted content, so a client can highlight the offending parts. */
  readonly violations: Violation[];

  constructor(status: number, body: Partial<ErrorBody> | undefined) {
    super(status, body);
    const given = body?.error?.details?.violations;
    this.violations = Array.isArray(given) ? (given as Violation[]) : [];
  }
}

/** 409 CONFLICT or CONVERSATION_CLOSED: the request clashes with the object's state. */
export class ConflictError extends ParleyError {
  override readonly name = 'ConflictError';
}

/** 410 RESYNC_REQUIRED: the cursor is older than the retained log; reload from scratch. */
export class ResyncRequiredError extends ParleyError {
  override readonly name = 'ResyncRequiredError';
}

/**
 * A send given up because the client was closed before it had an answer. It may have been
 * stored: sending it again with the same `clientMessageId` returns it, never a copy.
 */
export class ClientClosedError extends Error {
  override readonly name = 'ClientClosedError';

  constructor(readonly clientMessageId?: string) {
    super('the client was closed before the send was answered');
  }
}

/** The request never got an answer: offline, refused, or cut off. Safe to retry. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

export function errorFor(status: number, body: Partial<ErrorBody> | undefined, retryAfter?: number): ParleyError {
  if (status === 422) return new ContentRejectedError(status, body);
  if (status === 409) return new ConflictError(status, body);
  if (status === 410) return new ResyncRequiredError(status, body);
  return new ParleyError(status, body, retryAfter);
}

/** Worth trying again later with the same request: no answer, overload or a dependency down. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ParleyError && (error.status >= 500 || error.status === 429));
}
