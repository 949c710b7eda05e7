// The OpenAPI document tells the truth about every operation, including ones added later:
// each has an operationId, a description, security from its route's access, the answers any
// route can give and the headers; and the checker that holds real answers to it does catch lies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenApiDocument, Operation } from '../../src/http/openapi.js';
import { HTTP_METHODS } from '../../src/http/openapi.js';
import { anonymous, startServer, type TestServer } from '../support/harness.js';
import { ResponseContract } from '../support/openapi-contract.js';

describe('the OpenAPI document', () => {
  let server: TestServer;
  let document: OpenApiDocument;
  const operations: Array<{ method: string; path: string; operation: Operation }> = [];

  beforeAll(async () => {
    server = await startServer('sqlite');
    document = (await anonymous(server).get('/openapi.json')).body as OpenApiDocument;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (operation) operations.push({ method, path, operation });
      }
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('puts the API prefix in servers and keeps it out of the paths', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/'))).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/', '/health', '/ready', '/openapi.json', '/conversations']));
  });

  it('gives every operation a unique camelCase operationId, a summary and a description', () => {
    expect(operations.length).toBeGreaterThan(30);
    const ids = operations.map(({ operation }) => operation.operationId);
    for (const { method, path, operation } of operations) {
      expect(operation.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(operation.summary, `${method} ${path}`).toBeTruthy();
      expect(operation.description, `${method} ${path} needs a description`).toMatch(/\S.*\n\nWho: /s);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['sendMessage', 'createConversation', 'syncEvents', 'getHealth']));
  });

  it('describes every parameter, and requires none that has a default', () => {
    for (const { method, path, operation } of operations) {
      for (const parameter of operation.parameters ?? []) {
        expect(parameter.description, `${method} ${path} ${parameter.name}`).toBeTruthy();
        if (parameter.schema?.default !== undefined) expect(parameter.required, `${method} ${path} ${parameter.name}`).toBe(false);
      }
    }
    const limit = document.paths['/conversations']?.get?.parameters?.find((parameter) => parameter.name === 'limit');
    expect(limit).toMatchObject({ required: false, schema: { default: 20 } });
  });

  it('requires a body only where some field is required', () => {
    expect(document.paths['/conversations/{id}/read']?.post?.requestBody?.required).toBe(false);
    expect(document.paths['/users/{id}']?.put?.requestBody?.required).toBe(false);
    expect(document.paths['/conversations/{id}']?.patch?.requestBody?.required).toBe(false);
    // A message's text is optional when attachments carry it; a reaction needs its emoji.
    expect(document.paths['/conversations/{id}/messages']?.post?.requestBody?.required).toBe(false);
    expect(document.paths['/messages/{id}/reactions']?.post?.requestBody?.required).toBe(true);
  });

  it('derives security from each route’s access: public, user, service key, or both', () => {
    const security = (path: string, method: string) => document.paths[path]?.[method]?.security;
    for (const path of ['/', '/health', '/ready', '/openapi.json']) expect(security(path, 'get'), path).toEqual([]);
    expect(security('/users', 'post')).toEqual([]);
    expect(security('/conversations/{id}/messages', 'post')).toEqual([{ bearer: [] }, { devHeaders: [] }]);
    expect(security('/users/{id}', 'put')).toEqual([{ serviceKey: [] }]);
    expect(security('/users/{id}', 'get')).toEqual([{ bearer: [] }, { devHeaders: [] }, { serviceKey: [] }]);
    expect(document.components.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      serviceKey: { type: 'apiKey', in: 'header', name: 'X-Service-Key' },
      devHeaders: { type: 'apiKey', in: 'header', name: 'X-User-ID' },
    });
    for (const { method, path, operation } of operations) {
      expect(operation.security, `${method} ${path}`).toBeDefined();
      const statuses = Object.keys(operation.responses);
      // 401 exactly where credentials are needed; 403 where the service key or a user is turned away.
      const security = operation.security ?? [];
      const anonymousToo = security.some((requirement) => Object.keys(requirement).length === 0);
      expect(statuses.includes('401'), `${method} ${path}`).toBe(security.length > 0 && !anonymousToo);
      const userOnly = JSON.stringify(operation.security) === JSON.stringify([{ bearer: [] }, { devHeaders: [] }]);
      const serviceOnly = JSON.stringify(operation.security) === JSON.stringify([{ serviceKey: [] }]);
      if (userOnly || serviceOnly) expect(statuses, `${method} ${path}`).toContain('403');
    }
  });

  it('documents the answers any operation can give, each with the one Error schema and the headers', () => {
    for (const { method, path, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['400', '429', '500', '503']));
      if (method !== 'get') expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['413', '415']));
      if (path.includes('{')) expect(statuses, `${method} ${path}`).toContain('404');
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.headers?.['X-Request-ID'], `${method} ${path} ${status}`).toBeDefined();
        if (Number(status) >= 400 && !(path === '/ready' && status === '503')) {
          expect(response.content?.['application/json']?.schema, `${method} ${path} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
        }
        if (status === '429' || status === '503') expect(response.headers?.['Retry-After'], `${method} ${path} ${status}`).toBeDefined();
        // A 416 says the file's size, as a client resuming a download needs it.
        if (status === '416') expect(response.headers?.['Content-Range'], `${method} ${path} ${status}`).toMatchObject({ required: true });
      }
    }
    const ranged = operations.filter(({ operation }) => '416' in operation.responses).map(({ path }) => path);
    expect(ranged).toEqual(expect.arrayContaining(['/attachments/{id}', '/attachments/{id}/thumbnail']));
  });

  it('names its shared schemas and lists the values of enumerations', () => {
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, { enum?: string[]; format?: string; properties?: Record<string, { enum?: string[] }> }> }>;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Error', 'User', 'Conversation', 'Message', 'Event']));
    expect(Object.keys(schemas).filter((name) => name.startsWith('def-'))).toEqual([]);
    expect(schemas.Conversation?.properties?.type?.enum).toEqual(['DIRECT', 'GROUP', 'SUPPORT', 'THERAPY']);
    expect(schemas.Conversation?.properties?.status?.enum).toEqual(['active', 'archived', 'closed']);
    expect(schemas.Message?.properties?.messageType?.enum).toContain('SYSTEM');
    expect(schemas.Message?.properties?.createdAt?.format).toBe('date-time');
    expect(schemas.Event?.properties?.type?.enum).toContain('message.sent');
    expect(schemas.User?.properties?.role?.enum).toEqual(['user', 'moderator', 'admin']);
    expect(schemas.Error?.properties?.error?.properties?.code?.enum).toEqual(expect.arrayContaining(['NOT_FOUND', 'UNAVAILABLE']));
  });

  it('lists null among the values of every enumeration that may be null (OpenAPI 3.0.3 reads enum first)', () => {
    const nullable: unknown[][] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as { nullable?: boolean; enum?: unknown[] };
      if (schema.nullable === true && Array.isArray(schema.enum)) nullable.push(schema.enum);
      Object.values(node).forEach(walk);
    };
    walk(document);
    // The analytics of contexts answers `state: null` for a context nobody described.
    const contexts = document.paths['/analytics/contexts']?.get?.responses['200']?.content?.['application/json']?.schema as unknown as {
      properties: { data: { items: { properties: { context: { properties: { state: { enum: unknown[] } } } } } } };
    };
    expect(contexts.properties.data.items.properties.context.properties.state.enum).toContain(null);
    expect(nullable.length).toBeGreaterThan(0);
    for (const values of nullable) expect(values).toContain(null);
  });

  it('gives the main request bodies an example', () => {
    for (const [path, method] of [
      ['/conversations', 'post'],
      ['/conversations/{id}/messages', 'post'],
      ['/messages/{id}', 'patch'],
      ['/users/{id}', 'put'],
    ] as const) {
      const media = document.paths[path]?.[method]?.requestBody?.content['application/json'] as { example?: unknown };
      expect(media.example, `${method} ${path}`).toBeDefined();
    }
  });

  it('has a checker that catches undocumented statuses, wrong bodies and missing headers', () => {
    const contract = new ResponseContract(document, '/api/v1');
    const headers = { 'x-request-id': 'r1', 'content-type': 'application/json; charset=utf-8' };
    const ok = { method: 'GET', routeUrl: '/api/v1/health', status: 200, headers, body: '{"status":"ok"}' };
    expect(contract.check(ok)).toBeUndefined();
    expect(contract.check({ ...ok, body: '{"status":"fine"}' })).toMatch(/status/);
    expect(contract.check({ ...ok, status: 418 })).toMatch(/not documented/);
    expect(contract.check({ ...ok, headers: { 'content-type': 'application/json' } })).toMatch(/X-Request-ID/);
    const error = { error: { code: 'RATE_LIMITED', message: 'slow down' }, requestId: 'r1' };
    expect(contract.check({ ...ok, status: 429, body: JSON.stringify(error) })).toMatch(/Retry-After/);
    expect(contract.check({ ...ok, status: 429, headers: { ...headers, 'retry-after': '1' }, body: JSON.stringify(error) })).toBeUndefined();
    expect(contract.check({ ...ok, routeUrl: undefined, status: 404, body: '{"message":"Not Found"}' })).toMatch(/required/);
  });
});
