// Every answer has the contract's error shape with a requestId, whoever makes it: Parley's
// handlers, Fastify's router and body parsers, or Node's HTTP parser. None echoes the request.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, type Response, startServer, type TestServer, uniqueId } from '../support/harness.js';

function expectContractError(response: Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(Object.keys(response.body as object).sort()).toEqual(['error', 'requestId']);
  const body = response.body as { error: { code: string; message: string }; requestId: string };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.requestId).toEqual(expect.any(String));
  expect(response.headers.get('x-request-id')).toBe(body.requestId);
}

/** Sends raw bytes and returns what the server answered before it closed the connection. */
function rawExchange(server: TestServer, request: string): Promise<string> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('the error shape at the edge', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { MAX_BODY_BYTES: '2048' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a path that is not valid percent-encoding: 400, nothing of it echoed', async () => {
    const response = await asUser(server, uniqueId()).get('/messages/%FF%FE');
    expectContractError(response, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toContain('%FF');
  });

  it('a query string that is not valid percent-encoding: 400, and nothing of it used', async () => {
    for (const query of ['q=%FF', 'q=%ED%A0%80', 'q=100%', 'contextId=%E2%82']) {
      const response = await asUser(server, uniqueId()).get(`/conversations?${query}`);
      expectContractError(response, 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).not.toContain(query);
    }
    // Well-formed escapes, and a query without any, are read as ever.
    expect((await asUser(server, uniqueId()).get('/conversations?q=caf%C3%A9%20100%25')).status).toBe(200);
    expect((await asUser(server, uniqueId()).get('/conversations?limit=5')).status).toBe(200);
  });

  it('an X-User-ID sent twice is refused, not read as one user named by both', async () => {
    const [first, second] = [uniqueId(), uniqueId()];
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      // Two header lines (fetch would join them into one before sending).
      const request = httpRequest(`${server.prefix}/me`, { headers: { 'x-user-id': [first, second] } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).error.code).toBe('UNAUTHENTICATED');
  });

  it('a path parameter over the length limit: 400, nothing of it echoed', async () => {
    const long = 'x'.repeat(2000);
    const response = await asUser(server, uniqueId()).get(`/messages/${long}`);
    expectContractError(response, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toContain('xxxxxxxxxx');
  });

  it('an unknown route: 404 without the path in the answer', async () => {
    const response = await asUser(server, uniqueId()).get('/no-such-route-<script>');
    expectContractError(response, 404, 'NOT_FOUND');
    expect(JSON.stringify(response.body)).not.toContain('script');
  });

  it('malformed JSON, a body too large, text/plain and other content types', async () => {
    const client = asUser(server, uniqueId());
    expectContractError(await client.request('POST', '/conversations', '{"participantIds": [', {}), 400, 'VALIDATION_FAILED');
    const big = JSON.stringify({ participantIds: ['x'], title: 'y'.repeat(4096) });
    expectContractError(await client.request('POST', '/conversations', big), 413, 'PAYLOAD_TOO_LARGE');
    for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await client.request('POST', '/conversations', 'participantIds=x', { 'content-type': type });
      expectContractError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
    // Nothing was created by any of them.
    expect((await client.get('/conversations')).body.data).toEqual([]);
  });

  it('a request that is not valid HTTP, or whose headers are too large', async () => {
    for (const [request, status] of [
      ['GARBAGE\r\n\r\n', 400],
      [`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 400],
    ] as const) {
      const answer = await rawExchange(server, request);
      expect(answer.startsWith(`HTTP/1.1 ${status} `), answer.slice(0, 40)).toBe(true);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string }; requestId: string };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.requestId).toEqual(expect.any(String));
      // The same id in the header, as on every other answer.
      expect(answer).toContain(`\r\nX-Request-ID: ${body.requestId}\r\n`);
    }
  });
});
