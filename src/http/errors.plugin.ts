// One place that turns anything thrown into the contract's error shape. Known errors keep their
// code; anything unknown is logged in full and answered as INTERNAL, with nothing internal in it.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ERRORS, type ErrorCode } from '../errors.js';

interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
  requestId: string;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  406: 'VALIDATION_FAILED',
  409: 'CONFLICT',
  410: 'RESYNC_REQUIRED',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'VALIDATION_FAILED',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'VALIDATION_FAILED',
};

/** Messages of Fastify's own client errors that are safe and useful to show. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'the request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'this content type is not accepted here; send application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty but JSON was declared',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

export function errorBody(request: FastifyRequest, error: AppError): ErrorBody {
  return {
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
    requestId: request.id,
  };
}

export function toAppError(error: FastifyError | AppError | Error): AppError | undefined {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const issues = fastifyError.validation.map((issue) => ({
      path: `${fastifyError.validationContext ?? ''}${issue.instancePath}`,
      // A pattern failure would otherwise echo the regular expression back to the client.
      message: issue.keyword === 'pattern' ? 'contains characters that are not allowed' : (issue.message ?? 'is not valid'),
      ...(issue.keyword === 'additionalProperties'
        ? { property: (issue.params as { additionalProperty?: string }).additionalProperty }
        : {}),
    }));
    const first = issues[0];
    return new AppError('VALIDATION_FAILED', first ? `${first.path || 'request'} ${first.message}` : 'the request is not valid', {
      issues,
    });
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED';
    // JSON parse errors and prototype poisoning come through as SyntaxError-like 400s.
    const message = FASTIFY_MESSAGES[fastifyError.code] ?? (status === 400 ? 'the request body could not be parsed' : error.message);
    return new AppError(code, message);
  }
  return undefined;
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const known = toAppError(error);
    if (known === undefined) {
      request.log.error({ err: error }, 'unhandled error');
      const internal = new AppError('INTERNAL', 'something went wrong on our side; the request id helps us find it');
      return reply.status(ERRORS.INTERNAL).send(errorBody(request, internal));
    }
    if (known.code === 'UNAVAILABLE') request.log.warn({ cause: String(known.cause) }, known.message);
    else if (known.status >= 500) request.log.error({ err: error }, known.message);
    if (known.retryAfterSeconds !== undefined) reply.header('retry-after', String(known.retryAfterSeconds));
    return reply.status(known.status).send(errorBody(request, known));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = (request.url.split('?')[0] ?? '').slice(0, 200);
    const error = new AppError('NOT_FOUND', `no route ${request.method} ${path}`);
    return reply.status(404).send(errorBody(request, error));
  });
});
