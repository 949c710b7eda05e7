// The OpenAPI document served at /openapi.json. A route's schema says what is particular to it:
// operationId, description, parameters, body, success answers and the errors only it gives.
// This file adds what holds for every route, so a route added later is documented like the
// others without copying: security from its `config.access`, the answers any route can give
// (400, 401, 403, 404, 413, 415, 429, 500, 503...), the response headers, optional parameters
// and bodies, and the API prefix as the server URL.
import { STATUS_CODES } from 'node:http';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { Config } from '../config.js';
import { ERRORS } from '../errors.js';
import { VERSION } from '../version.js';
import { type Credential, ROUTE_ACCESS, type RouteAccess } from './route-access.js';

/** The parts of an OpenAPI 3.0 document this file reads and writes. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  default?: unknown;
  description?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Header {
  description: string;
  /** Always sent with this answer; an optional header is sent only in the cases its description names. */
  required?: boolean;
  schema: Schema;
}
interface Response {
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, { schema: Schema }>;
}
export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<string, Response>;
  security?: Array<Record<string, string[]>>;
  [ACCESS_MARK]?: RouteAccess;
  [UNLIMITED_MARK]?: boolean;
}
export interface OpenApiDocument {
  openapi: string;
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, unknown> };
  security?: unknown;
}

/** Carries a route's `config.access` from the route to the finished document. */
const ACCESS_MARK = 'x-parley-access';
/** Marks a route the rate limit leaves alone (`config.rateLimit: false`): it sends no X-RateLimit-* headers. */
const UNLIMITED_MARK = 'x-parley-unlimited';
/** Methods whose requests Fastify reads a body for (lower case). */
export const BODY_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'patch', 'delete']);
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const REQUEST_ID_HEADER: Header = {
  description: 'The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley',
  required: true,
  schema: { type: 'string' },
};
const RETRY_AFTER_HEADER: Header = { description: 'Seconds to wait before trying again', required: true, schema: { type: 'integer' } };
const CHALLENGE_HEADER: Header = {
  description: '`Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750)',
  required: true,
  schema: { type: 'string' },
};
/**
 * Sent to users and anonymous callers once their request has passed authentication and its
 * schema (so not with a 400 or 401); the service key is not limited and gets none.
 */
const RATE_LIMIT_HEADERS: Record<string, Header> = {
  'X-RateLimit-Limit': { description: 'Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key', schema: { type: 'integer' } },
  'X-RateLimit-Remaining': { description: 'Requests left in the current minute; not sent to the service key', schema: { type: 'integer' } },
  'X-RateLimit-Reset': { description: 'Seconds until the minute ends and the count starts again; not sent to the service key', schema: { type: 'integer' } },
};

/** What each error status means here, beyond the catalogue's codes. */
const ERROR_CAUSES: Record<number, string> = {
  400: 'the request does not match its schema or breaks a limit',
  401: 'no credentials, or credentials that could not be verified',
  403: 'the caller is known but may not do this',
  404: 'no such object, or one the caller may not see',
  409: 'the request conflicts with the object’s state',
  410: 'the cursor is older than the event log keeps, or ahead of it (never handed out by it): reload and sync from now',
  413: 'the body is larger than allowed',
  415: 'the body’s content type, or its Content-Encoding (only identity is read), is not accepted here',
  422: 'the moderation policy refused the content; `details.violations` says where',
  429: 'too many requests; Retry-After says when to try again',
  500: 'something failed inside Parley; the request id helps find it',
  503: 'a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again',
};

function errorResponse(status: number): Response {
  const codes = Object.entries(ERRORS)
    .filter(([, codeStatus]) => codeStatus === status)
    .map(([code]) => code);
  const cause = ERROR_CAUSES[status] ?? STATUS_CODES[status] ?? 'an error';
  return {
    description: `${cause}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`,
    headers: {
      'X-Request-ID': REQUEST_ID_HEADER,
      ...(status === 429 || status === 503 ? { 'Retry-After': RETRY_AFTER_HEADER } : {}),
      ...(status === 401 ? { 'WWW-Authenticate': CHALLENGE_HEADER } : {}),
    },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
}

function securityFor(access: RouteAccess, devMode: boolean): Array<Record<string, string[]>> {
  const schemes: Record<Credential, string[]> = {
    user: devMode ? ['bearer', 'devHeaders'] : ['bearer'],
    service: ['serviceKey'],
  };
  const rule = ROUTE_ACCESS[access];
  const requirements = rule.credentials.flatMap((credential) => schemes[credential].map((scheme) => ({ [scheme]: [] })));
  if (rule.signedLink === true) return [...requirements, { signedLink: [] }];
  // `{}` says the operation may also be called without any of the schemes.
  return rule.anonymous === true && requirements.length > 0 ? [...requirements, {}] : requirements;
}

/** The statuses any operation like this one can answer, whatever its handler does. */
function errorStatuses(method: string, path: string, access: RouteAccess, declared: number[]): number[] {
  const statuses = new Set([400, 429, 500, 503, ...declared]);
  // Where anonymous callers are let through, bad credentials are ignored rather than refused;
  // a route that takes a signed link instead refuses a caller with neither.
  const rule = ROUTE_ACCESS[access];
  if (rule.credentials.length > 0 && (rule.anonymous !== true || rule.signedLink === true)) statuses.add(401);
  if (rule.allows !== undefined) statuses.add(403);
  if (path.includes('{')) statuses.add(404);
  // Fastify reads a body on these methods whatever the route expects.
  if (BODY_METHODS.has(method)) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort((a, b) => a - b);
}

/**
 * The swagger plugin writes a union with null as `nullable: true`; OpenAPI 3.0.3 has `enum`
 * restrict even that, so an enum that may be null lists null among its values.
 */
function nullInNullableEnums(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const schema = node as { nullable?: unknown; enum?: unknown };
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  for (const value of Object.values(node)) nullInNullableEnums(value);
}

/** `/conversations/{id}/read` → "The conversation's id". */
function describePathParameter(path: string, name: string): string {
  const segments = path.split('/');
  const index = segments.indexOf(`{${name}}`);
  const owner = (segments[index - 1] ?? '').replace(/-/g, ' ').replace(/s$/, '');
  if (name === 'id' && owner !== '') return `The ${owner}’s id`;
  if (name === 'userId') return 'The user’s id';
  return `The ${name}`;
}

function completeOperation(operation: Operation, method: string, path: string, devMode: boolean): void {
  const access = operation[ACCESS_MARK] ?? 'user';
  const rateLimited = operation[UNLIMITED_MARK] !== true;
  delete operation[ACCESS_MARK];
  delete operation[UNLIMITED_MARK];
  operation.security = securityFor(access, devMode);
  const accessLine = `Who: ${ROUTE_ACCESS[access].who}`;
  operation.description = operation.description ? `${operation.description}\n\n${accessLine}` : undefined;

  for (const parameter of operation.parameters ?? []) {
    // A parameter with a default may be left out.
    if (parameter.in !== 'path' && parameter.schema?.default !== undefined) parameter.required = false;
    if (parameter.in === 'path' && parameter.description === undefined) {
      parameter.description = describePathParameter(path, parameter.name);
    }
  }
  const body = operation.requestBody;
  const json = body?.content['application/json']?.schema;
  // A JSON body whose every field is optional may be left out.
  if (body !== undefined && json !== undefined && (json.required ?? []).length === 0) body.required = false;

  for (const [status, response] of Object.entries(operation.responses)) {
    // A header a route names with its answer is one it always sends.
    for (const header of Object.values(response.headers ?? {})) header.required = true;
    const binary = response.content?.['application/json']?.schema;
    // Bytes are served with their own type, whatever it is.
    if (response.content !== undefined && binary?.type === 'string' && binary.format === 'binary') {
      response.content = { '*/*': { schema: binary } };
    }
    if (Number(status) < 400) {
      response.headers = { 'X-Request-ID': REQUEST_ID_HEADER, ...response.headers };
      if (response.description === 'Default Response') response.description = STATUS_CODES[Number(status)] ?? 'Success';
    }
  }
  const declared = Object.keys(operation.responses)
    .map(Number)
    .filter((status) => status >= 400);
  for (const status of errorStatuses(method, path, access, declared)) {
    const own = operation.responses[String(status)];
    const ownSchema = own?.content?.['application/json']?.schema;
    // A route's own answer for an error status (readiness's 503 lists its checks) is kept.
    if (own !== undefined && ownSchema !== undefined && ownSchema.$ref !== '#/components/schemas/Error') {
      own.headers = { ...errorResponse(status).headers, ...own.headers };
      continue;
    }
    const shared = errorResponse(status);
    // Headers a route names with a shared error (a 416's Content-Range) are kept beside the shared ones.
    operation.responses[String(status)] = own?.headers === undefined ? shared : { ...shared, headers: { ...shared.headers, ...own.headers } };
  }
  if (rateLimited) {
    for (const response of Object.values(operation.responses)) response.headers = { ...response.headers, ...RATE_LIMIT_HEADERS };
  }
}

/** The swagger plugin's options: where the document is assembled. */
export function openapiOptions(config: Config): FastifyDynamicSwaggerOptions {
  const devMode = config.auth.devMode;
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Parley',
        version: VERSION,
        description:
          'Messaging for marketplaces and service platforms. Every error has one shape, `Error`, and every answer carries `X-Request-ID`.',
      },
      servers: [{ url: config.apiPrefix, description: 'This instance' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A user’s token from the platform’s auth provider' },
          serviceKey: { type: 'apiKey', in: 'header', name: 'X-Service-Key', description: 'The platform’s backend' },
          signedLink: {
            type: 'apiKey',
            in: 'query',
            name: 'sig',
            description: 'An attachment’s `url` or `thumbnailUrl` as given: signed for one user (`u`), valid until `exp`',
          },
          ...(devMode
            ? {
                devHeaders: {
                  type: 'apiKey',
                  in: 'header',
                  name: 'X-User-ID',
                  description: 'Development mode only: act as this user id (X-Username may name them)',
                },
              }
            : {}),
        },
      },
    },
    // Shared schemas keep their `$id` as their name in the document.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    transform: ({ schema, url, route }) => ({
      schema: { ...schema, [ACCESS_MARK]: route.config?.access, [UNLIMITED_MARK]: route.config?.rateLimit === false } as typeof schema,
      url,
    }),
    transformObject: (documentObject) => {
      if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
      const { openapiObject } = documentObject;
      const document = openapiObject as unknown as OpenApiDocument;
      delete document.security;
      // The service's root is the server URL itself.
      const root = document.paths[''];
      if (root !== undefined) {
        document.paths = { '/': root, ...document.paths };
        delete document.paths[''];
      }
      nullInNullableEnums(openapiObject);
      for (const [path, item] of Object.entries(document.paths)) {
        for (const method of HTTP_METHODS) {
          const operation = item[method];
          if (operation !== undefined) completeOperation(operation, method, path, devMode);
        }
      }
      return openapiObject;
    },
  };
}
