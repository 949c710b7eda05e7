// A fuzzer driven by the OpenAPI document: a few thousand seeded requests over every operation,
// as a participant, an outsider, the service key and nobody, with valid inputs made from the
// schemas and mutated ones (deep nesting, huge strings, wrong types, bad percent-encoding,
// oversized parameters, bodies of the wrong type or size). No answer may be a 5xx, every error
// has the contract's shape, and every answer matches the document (checked by the harness).
// FUZZ_SEED=<n> replays a run; FUZZ_REQUESTS=<n> changes its length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors.js';
import { HTTP_METHODS, type OpenApiDocument, type Operation } from '../../src/http/openapi.js';
import { anonymous, buildConversation, sendMessage, SERVICE_KEY, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
const CONCURRENCY = 6;

/** mulberry32: small, fast and good enough to pick inputs reproducibly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

/** Deep nesting is spliced into the body as text: JSON.stringify would overflow this process's stack. */
const DEEP = '__deeply_nested__';
const deepNestText = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const TEXT = ['hello', 'pickup at noon', 'ça va 👍', 'x', ' padded ', 'five five five 0132', '<script>alert(1)</script>', '日本語'];

class Generator {
  constructor(
    readonly next: () => number,
    private readonly document: OpenApiDocument,
  ) {}

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  private resolve(schema: JsonSchema): JsonSchema {
    if (schema.$ref === undefined) return schema;
    const name = schema.$ref.split('/').pop() ?? '';
    return this.resolve((this.document.components.schemas[name] ?? {}) as JsonSchema);
  }

  /** A value the schema accepts, most of the time. */
  valid(input: JsonSchema, depth = 0): unknown {
    const schema = this.resolve(input);
    if (schema.nullable && this.chance(0.1)) return null;
    if (schema.enum) return this.pick(schema.enum);
    const union = schema.anyOf ?? schema.oneOf;
    if (union) return this.valid(this.pick(union), depth + 1);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => this.valid(part, depth + 1)));
    switch (schema.type) {
      case 'string': {
        if (schema.format === 'date-time') return new Date(Date.now() - Math.floor(this.next() * 1e9)).toISOString();
        if (schema.format === 'uri') return 'https://example.com/a.png';
        const text = this.pick(TEXT);
        const min = schema.minLength ?? 0;
        const padded = text.length < min ? text.padEnd(min, 'y') : text;
        return schema.maxLength !== undefined ? padded.slice(0, Math.max(min, schema.maxLength)) : padded;
      }
      case 'integer':
      case 'number': {
        const low = schema.minimum ?? 0;
        const high = Math.min(schema.maximum ?? low + 100, low + 100);
        return low + Math.floor(this.next() * (high - low + 1));
      }
      case 'boolean':
        return this.chance(0.5);
      case 'array': {
        const count = Math.max(schema.minItems ?? 0, Math.floor(this.next() * 3));
        return depth > 4 ? [] : Array.from({ length: count }, () => this.valid(schema.items ?? {}, depth + 1));
      }
      case 'object': {
        const result: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if ((schema.required ?? []).includes(name) || this.chance(0.5)) result[name] = depth > 4 ? {} : this.valid(property, depth + 1);
        }
        return result;
      }
      default:
        return this.pick(['x', 1, true, {}]);
    }
  }

  /** Something a client should never send. */
  hostile(): unknown {
    return this.pick<() => unknown>([
      () => DEEP,
      () => 'z'.repeat(100_000),
      () => -1,
      () => 1e308,
      () => [1, 'two', { three: 3 }],
      () => ({ __proto__: { admin: true } }),
      () => null,
      () => '\u0000\u202e\ud800',
      () => ({ nested: DEEP }),
      () => Array.from({ length: 5000 }, (_, i) => `u${i}`),
    ])();
  }
}

interface Caller {
  name: 'participant' | 'outsider' | 'service' | 'anonymous';
  headers: Record<string, string>;
}

interface Finding {
  request: string;
  status: number;
  problem: string;
}

describe.each(databaseKinds())('fuzzing every operation of the OpenAPI document on %s', (database) => {
  let server: TestServer;
  let document: OpenApiDocument;
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer(database);
    document = (await anonymous(server).get('/openapi.json')).body as OpenApiDocument;
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    fixtures.participant = alice;
    fixtures.partner = bob;
    fixtures.outsider = uniqueId('carol');
    const conversation = await buildConversation(server, alice, [bob]);
    fixtures.conversation = conversation.id;
    fixtures.message = (await sendMessage(server, alice, conversation.id, 'hello there')).id;
  });
  afterAll(async () => {
    // The harness's own check of the answers has been drained into the findings already.
    server?.contractViolations.splice(0);
    await server?.stop();
  });

  it(`answers ${REQUESTS} seeded requests (seed ${SEED}) without a 5xx, each error in the contract's shape`, async () => {
    const generate = new Generator(random(SEED), document);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => ({ path, method, operation: item[method] as Operation })),
    );
    const callers: Caller[] = [
      { name: 'participant', headers: { 'x-user-id': fixtures.participant as string } },
      { name: 'outsider', headers: { 'x-user-id': fixtures.outsider as string } },
      { name: 'service', headers: { 'x-service-key': SERVICE_KEY } },
      { name: 'anonymous', headers: {} },
    ];
    const pathValue = (path: string, name: string): string => {
      if (generate.chance(0.25)) {
        return generate.pick(['%FF%FE', '%', '%E0%A4%A', 'a'.repeat(600), '..', '%2F..%2Fetc', encodeURIComponent('😀'.repeat(40)), '%00']);
      }
      if (name === 'userId' || path.startsWith('/users/') || path.startsWith('/blocks/')) return fixtures.partner as string;
      if (name === 'emoji') return encodeURIComponent(generate.pick(['👍', ':+1:', 'x']));
      if (name === 'username') return 'nobody';
      if (path.startsWith('/messages/') || path.startsWith('/admin/messages/')) return fixtures.message as string;
      return generate.chance(0.8) ? (fixtures.conversation as string) : (fixtures.message as string);
    };

    const findings: Finding[] = [];
    const counts = { requests: 0, byStatus: new Map<number, number>() };
    const plan = Array.from({ length: REQUESTS }, (_, i) => ({
      ...(operations[i % operations.length] as (typeof operations)[number]),
      caller: generate.pick(callers),
      mutate: generate.chance(0.6),
      choice: generate.next(),
    }));

    const one = async ({ path, method, operation, caller, mutate, choice }: (typeof plan)[number]) => {
      let url = path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValue(path, name));
      const query = new URLSearchParams();
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query' || (!parameter.required && generate.chance(0.5))) continue;
        const value = mutate && generate.chance(0.3) ? generate.pick(['-1', 'abc', 'z'.repeat(5000), '[object Object]', '1e400', '%ZZ']) : generate.valid(parameter.schema ?? {});
        query.append(parameter.name, String(value));
      }
      if (mutate && generate.chance(0.2)) query.append(generate.pick(['unknown', 'limit', '__proto__']), generate.pick(['1', 'x']));
      let search = query.toString();
      if (mutate && generate.chance(0.1)) search += `${search ? '&' : ''}q=%E0%A4%A&limit=%FF`;
      if (search) url += `?${search}`;

      const headers: Record<string, string> = { ...caller.headers };
      let body: string | undefined;
      const bodySchema = operation.requestBody?.content['application/json']?.schema as JsonSchema | undefined;
      if (method !== 'get' && (bodySchema !== undefined || (mutate && choice < 0.2))) {
        headers['content-type'] = 'application/json';
        let value = bodySchema ? generate.valid(bodySchema) : {};
        if (mutate) {
          if (choice < 0.3 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
            const keys = Object.keys(value);
            const key = keys.length > 0 && generate.chance(0.7) ? generate.pick(keys) : generate.pick(['metadata', 'extra', 'content']);
            value = { ...value, [key]: generate.hostile() };
          } else if (choice < 0.5) {
            value = generate.hostile();
          }
        }
        body = JSON.stringify(value).replaceAll(`"${DEEP}"`, deepNestText(5000));
        if (mutate && choice >= 0.5) {
          const variant = generate.pick(['invalid', 'plain', 'xml', 'huge', 'empty']);
          if (variant === 'invalid') body = '{"content": "unterminated';
          if (variant === 'plain') headers['content-type'] = 'text/plain';
          if (variant === 'xml') headers['content-type'] = 'application/xml';
          if (variant === 'huge') body = JSON.stringify({ content: 'h'.repeat(1_100_000) });
          if (variant === 'empty') body = '';
        }
      }

      const described = `${method.toUpperCase()} ${url.slice(0, 160)} as ${caller.name}${body !== undefined ? ` with ${body.slice(0, 80)}` : ''}`;
      let response: Response;
      try {
        response = await fetch(`${server.prefix}${url}`, { method: method.toUpperCase(), headers, body });
      } catch (error) {
        findings.push({ request: described, status: 0, problem: `no answer: ${(error as Error).message}` });
        return;
      }
      const text = await response.text();
      counts.requests++;
      counts.byStatus.set(response.status, (counts.byStatus.get(response.status) ?? 0) + 1);
      if (response.status >= 500) findings.push({ request: described, status: response.status, problem: text.slice(0, 200) });
      if (response.status >= 400) {
        let parsed: { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown } | undefined;
        try {
          parsed = JSON.parse(text) as typeof parsed;
        } catch {
          parsed = undefined;
        }
        const shaped =
          parsed !== undefined &&
          typeof parsed.error?.code === 'string' &&
          parsed.error.code in ERRORS &&
          typeof parsed.error.message === 'string' &&
          (parsed.error.details === undefined || (typeof parsed.error.details === 'object' && parsed.error.details !== null)) &&
          typeof parsed.requestId === 'string';
        if (!shaped) findings.push({ request: described, status: response.status, problem: `not the contract's error shape: ${text.slice(0, 200)}` });
      }
      for (const violation of server.contractViolations.splice(0)) {
        findings.push({ request: `${violation.method} ${violation.url.slice(0, 160)}`, status: violation.status, problem: violation.problem });
      }
    };

    const queue = [...plan];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await one(next);
      }),
    );

    const distinct = new Map<string, Finding>();
    for (const finding of findings) distinct.set(`${finding.status} ${finding.problem.slice(0, 60)} ${finding.request.split(' ').slice(0, 2).join(' ')}`, finding);
    const summary = [...distinct.values()].slice(0, 30).map((f) => `${f.status} ${f.request}\n      ${f.problem}`);
    expect(summary, `seed ${SEED}: ${findings.length} findings in ${counts.requests} answers`).toEqual([]);
    expect(counts.requests).toBe(REQUESTS);
    // The run reached past validation: successes and refusals of every kind.
    expect([...counts.byStatus.keys()]).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 413]));
  }, 300_000);
});
