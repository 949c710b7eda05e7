import { Agent, type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';

describe('the error contract', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { MAX_BODY_BYTES: '4096', RATE_LIMIT_PER_MINUTE: '30' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const expectError = (body: { error?: { code?: string; message?: string }; requestId?: string }, code: string) => {
    expect(body.error?.code).toBe(code);
    expect(typeof body.error?.message).toBe('string');
    expect(typeof body.requestId).toBe('string');
    const text = JSON.stringify(body);
    for (const leak of ['node_modules', '/work/', 'at async', 'SELECT', 'select ', 'sqlite', 'stack']) expect(text).not.toContain(leak);
  };

  it('answers unknown routes with 404 NOT_FOUND in the contract shape', async () => {
    const response = await asUser(server, uniqueId()).get('/no/such/route');
    expect(response.status).toBe(404);
    expectError(response.body, 'NOT_FOUND');
  });

  it('answers a method a path does not take with 405 METHOD_NOT_ALLOWED and the methods it does take in Allow', async () => {
    const user = uniqueId();
    const wrong = [
      { method: 'PUT', path: '/me', allow: 'GET, HEAD, OPTIONS' },
      { method: 'DELETE', path: '/conversations?limit=5', allow: 'GET, HEAD, POST, OPTIONS' },
      { method: 'PUT', path: `/conversations/${uniqueId()}/messages`, allow: 'GET, HEAD, POST, OPTIONS' },
      { method: 'POST', path: `/messages/${uniqueId()}`, allow: 'GET, HEAD, PATCH, DELETE, OPTIONS' },
      // Long as written, short enough decoded: the router takes it as an id.
      { method: 'POST', path: `/messages/${'%41'.repeat(200)}`, allow: 'GET, HEAD, PATCH, DELETE, OPTIONS' },
    ];
    for (const { method, path, allow } of wrong) {
      const response = await fetch(`${server.prefix}${path}`, { method, headers: { 'x-user-id': user } });
      const body = (await response.json()) as { error?: { code?: string; message?: string }; requestId?: string };
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow')).toBe(allow);
      expectError(body, 'METHOD_NOT_ALLOWED');
    }
    // A path no method takes is still 404, whatever the method; so is a file a wildcard route
    // (the chat page, the API browser) does not have, and a segment longer than any id.
    const nowhere = [
      { method: 'DELETE', url: `${server.prefix}/no/such/route` },
      { method: 'GET', url: `${server.baseUrl}/app/no-such-file.js` },
      { method: 'HEAD', url: `${server.baseUrl}/app/no-such-file.js` },
      { method: 'PUT', url: `${server.prefix}/messages/${'a'.repeat(600)}/no/such/path` },
    ];
    for (const { method, url } of nowhere) {
      const response = await fetch(url, { method, headers: { 'x-user-id': user } });
      expect(response.status, `${method} ${url.slice(0, 80)}`).toBe(404);
      expect(response.headers.get('allow')).toBeNull();
    }
  });

  it('answers a body declared over MAX_BODY_BYTES with 413 before reading it; drops the rest of a modest one and keeps the connection', async () => {
    const me = uniqueId();
    const conversation = await buildConversation(server, me, [uniqueId()]);
    const url = new URL(`${server.prefix}/conversations/${conversation.id}/messages`);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const begin = '{"content":"';
    // Only the start of the body is sent: the answer must come without the rest.
    const started = (declared: number) =>
      new Promise<{ request: ClientRequest; response: IncomingMessage }>((resolve, reject) => {
        const request = httpRequest(url, {
          agent,
          method: 'POST',
          headers: { 'x-user-id': me, 'content-type': 'application/json', 'content-length': String(declared) },
        });
        request.on('response', (response) => resolve({ request, response }));
        request.on('error', reject);
        request.write(begin);
      });
    const modest = await started(5 * 1024 * 1024);
    modest.response.resume();
    expect(modest.response.statusCode).toBe(413);
    expect(modest.response.headers.connection).not.toBe('close');
    // A client that sends its whole body anyway is not reset part way (it would see EPIPE, not the
    // 413), and its connection serves the next request.
    await new Promise<void>((resolve, reject) => {
      modest.request.on('error', reject);
      modest.request.end(Buffer.alloc(5 * 1024 * 1024 - begin.length, 0x61), () => resolve());
    });
    const next = await new Promise<{ reused: boolean; status: number | undefined }>((resolve, reject) => {
      const request = httpRequest(url, { agent, headers: { 'x-user-id': me } }, (response) => {
        response.resume();
        resolve({ reused: request.reusedSocket, status: response.statusCode });
      });
      request.on('error', reject);
      request.end();
    });
    expect(next).toEqual({ reused: true, status: 200 });

    // A body larger than is worth reading: the connection ends with the answer.
    const huge = await started(64 * 1024 * 1024);
    huge.response.resume();
    expect(huge.response.statusCode).toBe(413);
    expect(huge.response.headers.connection).toBe('close');
    huge.response.socket.destroy();
    agent.destroy();
  });

  it('answers oversized bodies with 413, non-JSON with 415, broken JSON and prototype keys with 400', async () => {
    const me = uniqueId();
    const conversation = await buildConversation(server, me, [uniqueId()]);
    const path = `/conversations/${conversation.id}/messages`;
    const big = await asUser(server, me).request('POST', path, { content: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expectError(big.body, 'PAYLOAD_TOO_LARGE');
    const xml = await asUser(server, me).request('POST', path, '<content>hi</content>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    expectError(xml.body, 'UNSUPPORTED_MEDIA_TYPE');
    const broken = await asUser(server, me).request('POST', path, '{"content": "hi"');
    expect(broken.status).toBe(400);
    expectError(broken.body, 'VALIDATION_FAILED');
    const proto = await asUser(server, me).request('POST', path, '{"content":"hi","__proto__":{"admin":true}}');
    expect(proto.status).toBe(400);
    expectError(proto.body, 'VALIDATION_FAILED');
    expect(proto.body.error.message).toContain('"__proto__"');
    const constructorKey = await asUser(server, me).request('POST', path, '{"content":"hi","constructor":{"prototype":{"x":1}}}');
    expect(constructorKey.status).toBe(400);
    const list = await asUser(server, me).get(path);
    expect(list.body.data).toHaveLength(0);
    // A body is read as sent: one labelled compressed (gzip, br...) is refused before it is read.
    for (const encoding of ['gzip', 'br', 'deflate']) {
      const encoded = await asUser(server, me).request('POST', path, '{"content": "hi"}', { 'content-encoding': encoding });
      expect(encoded.status, encoding).toBe(415);
      expectError(encoded.body, 'UNSUPPORTED_MEDIA_TYPE');
    }
    expect((await asUser(server, me).get(path)).body.data).toHaveLength(0);
    expect((await asUser(server, me).request('POST', path, '{"content": "plain"}', { 'content-encoding': 'identity' })).status).toBe(201);
  });

  it('reads JSON as UTF-8 only: bytes that are not UTF-8, or another charset, are refused and nothing is stored', async () => {
    const me = uniqueId();
    const conversation = await buildConversation(server, me, [uniqueId()]);
    const path = `${server.prefix}/conversations/${conversation.id}/messages`;
    const post = (body: Uint8Array, contentType: string) =>
      fetch(path, { method: 'POST', headers: { 'x-user-id': me, 'content-type': contentType }, body });
    const notUtf8 = await post(Buffer.concat([Buffer.from('{"content":"bad '), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from('"}')]), 'application/json');
    expect(notUtf8.status).toBe(400);
    expectError((await notUtf8.json()) as never, 'VALIDATION_FAILED');
    const latin1 = await post(Buffer.from('{"content":"caf\xe9"}', 'latin1'), 'application/json; charset=iso-8859-1');
    expect(latin1.status).toBe(415);
    expectError((await latin1.json()) as never, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await asUser(server, me).get(`/conversations/${conversation.id}/messages`)).body.data).toHaveLength(0);
    // UTF-8, declared or not, is read as sent.
    const declared = await post(Buffer.from('{"content":"café ✓"}'), 'application/json; charset="UTF-8"');
    expect(declared.status).toBe(201);
    expect(((await declared.json()) as { content: string }).content).toBe('café ✓');
  });

  it('takes an empty body declared as JSON as no body: optional bodies pass, required ones name their fields', async () => {
    const me = uniqueId();
    const conversation = await buildConversation(server, me, [uniqueId()]);
    const post = (path: string) =>
      fetch(`${server.prefix}${path}`, { method: 'POST', headers: { 'x-user-id': me, 'content-type': 'application/json' }, body: '' });
    const read = await post(`/conversations/${conversation.id}/read`);
    expect(read.status).toBe(200);
    expect((await post(`/conversations/${conversation.id}/archive`)).status).toBeLessThan(300);
    const send = await post(`/conversations/${conversation.id}/messages`);
    expect(send.status).toBe(400);
    expectError((await send.json()) as never, 'VALIDATION_FAILED');
  });

  it('echoes a request id and accepts a gateway one', async () => {
    const response = await asUser(server, uniqueId()).request('GET', '/nowhere', undefined, { 'x-request-id': 'gw-123' });
    expect(response.headers.get('x-request-id')).toBe('gw-123');
    expect(response.body.requestId).toBe('gw-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends the security headers on every answer, errors and successes alike', async () => {
    const user = asUser(server, uniqueId());
    for (const response of [await anonymous(server).get('/health'), await user.get('/nowhere'), await user.get('/conversations')]) {
      // People's messages are never kept by a browser's or a proxy's cache.
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Attachments and avatars are embedded by the platform's own pages, on other origins.
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('rate-limits a user with 429 RATE_LIMITED and Retry-After, without touching others', async () => {
    const flooder = asUser(server, uniqueId());
    let limited: Awaited<ReturnType<typeof flooder.get>> | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const response = await flooder.get('/me');
      if (response.status === 429) limited = response;
    }
    expect(limited?.status).toBe(429);
    expectError(limited?.body, 'RATE_LIMITED');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The wait in a field a program reads, as sockets give it.
    expect(limited?.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect((await asUser(server, uniqueId()).get('/me')).status).toBe(200);
  });
});
