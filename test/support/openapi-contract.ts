// Holds every answer a test server gives to its own OpenAPI document: the status must be
// documented for that operation, a JSON body must match the documented schema, and the
// documented headers must be there. startServer() installs it on every test server.
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { OpenApiDocument, Operation } from '../../src/http/openapi.js';

export interface ContractViolation {
  method: string;
  url: string;
  status: number;
  problem: string;
}

const pointer = (...segments: string[]) => segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Headers a client reads and so must find in the document wherever they are sent. */
const READ_BY_CLIENTS = /^(x-ratelimit-|retry-after$|www-authenticate$)/;
/** The same, for a success or a redirect (an error that ends a download may keep what it set). */
const READ_WITH_SUCCESS = /^(location|content-disposition|content-range|accept-ranges|content-security-policy)$/;

export class ResponseContract {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    readonly document: OpenApiDocument,
    private readonly prefix: string,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    ajvFormats.default(this.ajv);
    this.ajv.addSchema(document as object, 'openapi.json');
  }

  /** The document's path for a Fastify route URL (`/api/v1/conversations/:id` → `/conversations/{id}`). */
  documentPath(routeUrl: string): string {
    const relative = routeUrl.startsWith(this.prefix) ? routeUrl.slice(this.prefix.length) : routeUrl;
    return (relative === '' ? '/' : relative).replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  }

  operation(method: string, routeUrl: string): { path: string; operation: Operation } | undefined {
    const path = this.documentPath(routeUrl);
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    return operation === undefined ? undefined : { path, operation };
  }

  private validator(ref: string): ValidateFunction {
    let validate = this.validators.get(ref);
    if (validate === undefined) {
      validate = this.ajv.compile({ $ref: `openapi.json#/${ref}` });
      this.validators.set(ref, validate);
    }
    return validate;
  }

  private matches(ref: string, body: unknown): string | undefined {
    const validate = this.validator(ref);
    if (validate(body)) return undefined;
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || 'body'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
      .join('; ');
  }

  /** What is wrong with one answer, or undefined when it keeps the document's promise. */
  check(answer: {
    method: string;
    routeUrl: string | undefined;
    status: number;
    headers: Record<string, unknown>;
    body: string | undefined;
  }): string | undefined {
    const { method, routeUrl, status, headers, body } = answer;
    if (method === 'OPTIONS') return undefined;
    const contentType = String(headers['content-type'] ?? '');
    const isJson = contentType.startsWith('application/json');
    const parsed = (): unknown => (body === undefined || body === '' ? undefined : JSON.parse(body));
    if (headers['x-request-id'] === undefined) return 'no X-Request-ID header';
    const found = routeUrl === undefined ? undefined : this.operation(method === 'HEAD' ? 'GET' : method, routeUrl);
    if (found === undefined) {
      // Outside the document (unknown routes, the docs page, metrics): errors still have the one shape.
      if (status < 400 || !isJson) return status >= 400 && routeUrl === undefined ? 'an error that is not JSON' : undefined;
      return this.matches(pointer('components', 'schemas', 'Error'), parsed());
    }
    const lower = method === 'HEAD' ? 'get' : method.toLowerCase();
    const response = found.operation.responses[String(status)];
    if (response === undefined) return `status ${status} is not documented for ${method} ${found.path}`;
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required === true) return `header ${name} is documented as always sent but missing`;
        continue;
      }
      if (header.schema.type === 'integer' && !/^\d+$/.test(String(value))) return `header ${name} is not an integer: ${String(value)}`;
    }
    const documented = new Set(Object.keys(response.headers ?? {}).map((name) => name.toLowerCase()));
    for (const name of Object.keys(headers)) {
      const promised = READ_BY_CLIENTS.test(name) || (status < 400 && READ_WITH_SUCCESS.test(name));
      if (promised && !documented.has(name)) return `header ${name} is sent but not documented for ${status}`;
    }
    // Fastify never puts a body on the wire with 204, whatever the handler sent.
    if (method === 'HEAD' || status === 204) return undefined;
    if (response.content === undefined) {
      return body === undefined || body === '' ? undefined : `status ${status} is documented without a body but has one`;
    }
    const mediaType = Object.keys(response.content).find(
      (type) => type === '*/*' || contentType.startsWith(type.endsWith('/*') ? type.slice(0, -1) : type),
    );
    if (mediaType === undefined) return `content type ${contentType} is not documented for status ${status}`;
    if (mediaType !== 'application/json') return undefined;
    return this.matches(pointer('paths', found.path, lower, 'responses', String(status), 'content', mediaType, 'schema'), parsed());
  }
}

/**
 * Checks every answer `app` sends against its own document. Violations are collected, not
 * thrown, so the answer reaches the test unchanged; the harness fails the test on them.
 */
export function enforceResponseContract(app: FastifyInstance, prefix: string, violations: ContractViolation[]): void {
  let contract: ResponseContract | undefined;
  app.addHook('onSend', (request, reply, payload, done) => {
    contract ??= new ResponseContract(app.swagger() as unknown as OpenApiDocument, prefix);
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : payload === null ? undefined : '<stream>';
    let problem: string | undefined;
    try {
      problem =
        body === '<stream>'
          ? undefined
          : contract.check({
              method: request.method,
              routeUrl: request.is404 ? undefined : request.routeOptions.url,
              status: reply.statusCode,
              headers: reply.getHeaders(),
              body,
            });
    } catch (error) {
      problem = `could not check the answer: ${(error as Error).message}`;
    }
    if (problem !== undefined) {
      violations.push({ method: request.method, url: request.url.slice(0, 300), status: reply.statusCode, problem });
    }
    done(null, payload);
  });
}
