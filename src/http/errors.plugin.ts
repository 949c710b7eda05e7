// One place that turns anything thrown into the contract's error shape. Known errors keep their
// code; anything unknown is logged in full and answered as INTERNAL, with nothing internal in it.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { ErrorObject } from 'ajv';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ERRORS, type ErrorCode, isFileStoreOutage, OUTAGE_RETRY_AFTER_SECONDS, type PublicError, publicError } from '../errors.js';
import { clientIssues } from '../schemas/validation.js';

interface ErrorBody {
  error: PublicError;
  requestId: string;
}

/**
 * A refused body up to this size is read to its end and dropped, so that a client still sending
 * it gets the answer (closing while it sends resets the connection: it would see EPIPE, not 413).
 */
const DRAINED_BODY_BYTES = 8 * 1024 * 1024;
/**
 * The same for an upload refused part way through its body (a file past its limit, a part in the
 * wrong field), once its reading began (after authentication, quota and rate limit): larger, so
 * that a file somewhat over the limit is answered 413, not reset.
 */
const DRAINED_UPLOAD_BYTES = 64 * 1024 * 1024;
/**
 * How long a refused body may take to arrive, at least: Node bounds the drain by the keep-alive
 * timeout (72 s), which arriving bytes do not renew; a larger body gets time at this rate.
 */
const DRAIN_MIN_MS = 72_000;
const DRAIN_BYTES_PER_SECOND = 256 * 1024;

/**
 * A request refused before its body was all read (too large, not allowed, a multipart part
 * refused): a body of a known and modest length is read to its end and dropped, and the
 * connection serves the next request; the rest of any other would arrive where the next request
 * should, so the connection ends with this answer.
 */
function leaveUnreadBody(request: FastifyRequest, reply: FastifyReply): void {
  const raw = request.raw;
  const declared = Number(request.headers['content-length']);
  const upload = raw.readableDidRead && request.headers['content-type']?.toLowerCase().startsWith('multipart/') === true;
  if (Number.isSafeInteger(declared) && declared <= (upload ? DRAINED_UPLOAD_BYTES : DRAINED_BODY_BYTES) && !raw.destroyed) {
    // Whatever read part of it (the multipart parser, stopped at the refused part) lets go, and the
    // rest is read here by the length it declared. Fastify asks for the connection to close when a
    // body parser fails; not for a body read to its end.
    raw.unpipe();
    reply.removeHeader('connection');
    raw.resume();
    // Once answered, Node gives the connection its keep-alive timeout, which the body's bytes do
    // not renew: a large body gets its time (after Node's own listener, so this one holds).
    const deadlineMs = Math.max(DRAIN_MIN_MS, Math.ceil((declared / DRAIN_BYTES_PER_SECOND) * 1000));
    reply.raw.once('finish', () => {
      if (!raw.complete) raw.socket?.setTimeout(deadlineMs);
    });
    return;
  }
  reply.header('connection', 'close');
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
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'this content type is not accepted here: send application/json (uploads: multipart/form-data)',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty but JSON was declared',
  // Fastify's JSON parser gives one error for both: broken JSON, and keys refused as prototype pollution.
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON, or has a "__proto__" or "constructor": {"prototype": ...} key, which are refused',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

export function errorBody(request: FastifyRequest, error: AppError): ErrorBody {
  return { error: publicError(error), requestId: request.id };
}

export function toAppError(error: FastifyError | AppError | Error): AppError | undefined {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const issues = clientIssues(fastifyError.validation as ErrorObject[]).map(({ instancePath, message, issue }) => ({
      path: `${fastifyError.validationContext ?? ''}${instancePath}`,
      message,
      ...(issue.keyword === 'additionalProperties'
        ? { property: (issue.params as { additionalProperty?: string }).additionalProperty }
        : {}),
    }));
    const first = issues[0];
    return new AppError('VALIDATION_FAILED', first ? `${first.path || 'request'} ${first.message}` : 'the request is not valid', {
      issues,
    });
  }
  if (isFileStoreOutage(error)) {
    return new AppError('UNAVAILABLE', 'the file store cannot be reached or written; retry shortly', undefined, {
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
      cause: error,
    });
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED';
    // JSON parse errors and prototype poisoning come through as SyntaxError-like 400s.
    // Fastify's own texts may quote the request back; only known ones are passed on.
    const message = FASTIFY_MESSAGES[fastifyError.code] ?? (status === 400 ? 'the request body could not be parsed' : 'the request was refused');
    return new AppError(code, message);
  }
  return undefined;
}

/** RFC 6750's challenge: how to authenticate, and `invalid_token` when the token given was refused. */
function bearerChallenge(request: FastifyRequest): string {
  const presented = /^bearer\s/i.test(request.headers.authorization ?? '');
  return presented ? 'Bearer realm="parley", error="invalid_token"' : 'Bearer realm="parley"';
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // The client closed the connection while its body was arriving (an upload cancelled): nothing
    // went wrong here, and no one is left to read the answer.
    const gone = (error as NodeJS.ErrnoException).code === 'ECONNRESET' && !request.raw.complete;
    if (gone) request.log.info({ reason: error.message }, 'the client went away before its request had arrived');
    const known = gone ? new AppError('VALIDATION_FAILED', 'the request ended before its body was complete') : toAppError(error);
    if (known === undefined) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(ERRORS.INTERNAL).send({ error: publicError(error), requestId: request.id });
    }
    if (known.code === 'UNAVAILABLE') request.log.warn(known.cause === undefined ? {} : { cause: String(known.cause) }, known.message);
    else if (known.status >= 500) request.log.error({ err: error }, known.message);
    if (known.retryAfterSeconds !== undefined) reply.header('retry-after', String(known.retryAfterSeconds));
    if (known.status === 401) reply.header('www-authenticate', bearerChallenge(request));
    if (!request.raw.complete) leaveUnreadBody(request, reply);
    return reply.status(known.status).send(errorBody(request, known));
  });

  app.setNotFoundHandler((request, reply) => {
    // The path is not echoed: an answer never reflects what the caller sent.
    const allowed = methodsAt(app, request.method, request.url);
    if (allowed.length > 0) {
      const error = new AppError('METHOD_NOT_ALLOWED', `${request.method.slice(0, 20)} is not answered at this path; it answers ${allowed.join(', ')}`);
      return reply.status(405).header('allow', allowed.join(', ')).send(errorBody(request, error));
    }
    const error = new AppError('NOT_FOUND', `no route for ${request.method.slice(0, 20)} at this path`);
    return reply.status(404).send(errorBody(request, error));
  });

  // JSON and, where a route registers it, multipart: anything else is 415, not a string that
  // fails validation.
  app.removeContentTypeParser('text/plain');

  // After close() begins, requests still arriving on open connections are told to go elsewhere.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // A request that was in flight when close() began is answered, and its connection ends with it.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (closing) {
      const error = new AppError('UNAVAILABLE', 'this instance is shutting down; retry', undefined, { retryAfterSeconds: 1 });
      return void reply.status(error.status).header('connection', 'close').header('retry-after', '1').send(errorBody(request, error));
    }
    // The router keeps a query's malformed escapes as they are ("%FF" stays "%FF"): refused, as in a path.
    if (!isWellEncodedQuery(request.url)) {
      return void reply.status(400).send(errorBody(request, new AppError('VALIDATION_FAILED', 'the query string is not valid (malformed percent-encoding)')));
    }
    done();
  });
});

/** The longest path segment the router takes as a parameter (longer: 400 where a route takes it). */
export const MAX_PARAM_LENGTH = 512;

/** The methods a client may use. OPTIONS is left out: preflights are answered at every path. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods routes answer at `url`'s path, for 405's `Allow`; none when no route takes the
 * path, or one takes it with `method` (a file a wildcard route does not have is 404).
 */
function methodsAt(app: FastifyInstance, method: string, url: string): string[] {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  // The router hands a segment longer than it takes to a handler of its own, not to a route.
  if (path.split('/').some((segment) => decodedLength(segment) > MAX_PARAM_LENGTH)) return [];
  const allowed: string[] = METHODS.filter((candidate) => app.findRoute({ method: candidate, url: path }) !== null);
  if (allowed.length === 0 || allowed.includes(method)) return [];
  return [...allowed, 'OPTIONS'];
}

/** A path segment's length as the router measures it: decoded (malformed escapes count as written). */
function decodedLength(segment: string): number {
  if (!segment.includes('%')) return segment.length;
  try {
    return decodeURIComponent(segment).length;
  } catch {
    return segment.length;
  }
}

/** Whether a URL's query string (if any) percent-encodes UTF-8 text: no stray `%`, no escapes that are not UTF-8. */
export function isWellEncodedQuery(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0 || !url.includes('%', start)) return true;
  try {
    decodeURIComponent(url.slice(start + 1));
    return true;
  } catch {
    return false;
  }
}

/**
 * Errors the router raises before any route or hook runs (Fastify's `frameworkErrors`): a path
 * that is not valid percent-encoding, a path parameter over the length limit.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const message = tooLong ? 'a path segment is longer than allowed' : 'the path is not valid (malformed percent-encoding)';
  // 400 like every VALIDATION_FAILED: the contract matches each code with one status.
  void reply.status(400).send(errorBody(request, new AppError('VALIDATION_FAILED', message)));
}

/**
 * Errors of the HTTP exchange itself (Fastify's `clientErrorHandler`: a malformed request line,
 * headers too large, a request that took too long): answered on the socket in the contract's
 * shape, since no request object exists.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // 400 like every VALIDATION_FAILED (the contract matches each code with one status); the message says which.
  const message =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'the request headers are larger than allowed'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'the request took too long to arrive'
        : 'the request is not valid HTTP';
  const requestId = randomUUID();
  const body = JSON.stringify({ error: { code: 'VALIDATION_FAILED', message }, requestId });
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `X-Request-ID: ${requestId}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
