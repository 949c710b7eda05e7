// What a browser on another origin and a client that guesses credentials meet: the CORS
// preflight allows every method the API answers, and refused credentials count against the
// address they came from, so guessing is throttled like any anonymous traffic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, asService, asUser, Client, signToken, startServer, type TestServer, uniqueId, withToken } from '../support/harness.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

const ORIGIN = 'https://app.example';
const REFUSALS_PER_MINUTE = 5;

describe('CORS for a browser on another origin', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { CORS_ORIGINS: ORIGIN });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const preflight = (path: string, method: string, origin = ORIGIN) =>
    fetch(`${server.prefix}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,authorization' },
    });

  it('allows every method the API answers, with the headers clients send, to the configured origin only', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await preflight('/messages/m1', method);
      expect(response.status, method).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toContain(method);
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    }
    const elsewhere = await preflight('/messages/m1', 'PATCH', 'https://evil.example');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an OPTIONS that is not a preflight without an error, with its request id', async () => {
    for (const headers of [{}, { origin: ORIGIN }] as Record<string, string>[]) {
      const response = await fetch(`${server.prefix}/conversations`, { method: 'OPTIONS', headers });
      expect(response.status, JSON.stringify(headers)).toBe(204);
      expect(response.headers.get('x-request-id')).toMatch(/\S/);
    }
  });

  it('lets the page read the request id and the rate limit of an answer', async () => {
    const response = await fetch(`${server.prefix}/conversations`, { headers: { origin: ORIGIN, 'x-user-id': uniqueId() } });
    expect(response.status).toBe(200);
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'retry-after', 'allow', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']));
    expect(response.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  });
});

describe('refused credentials', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { RATE_LIMIT_PER_MINUTE: String(REFUSALS_PER_MINUTE) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('count against the address: beyond RATE_LIMIT_PER_MINUTE a minute, 429 with Retry-After, checked or not', async () => {
    const guesses = [new Client(server.prefix, { 'x-service-key': 'guess-0123456789' }), withToken(server, 'a.b.c')];
    for (let i = 0; i < REFUSALS_PER_MINUTE; i++) {
      const refused = await guesses[i % 2]!.get('/conversations');
      expect(refused.status, `guess ${i + 1}`).toBe(401);
    }
    for (const client of [...guesses, withToken(server, await signToken({ sub: uniqueId() })), asUser(server, uniqueId())]) {
      const throttled = await client.get('/conversations');
      expect(throttled.status).toBe(429);
      expect(throttled.body.error.code).toBe('RATE_LIMITED');
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The platform's backend shares the address (a NAT, a proxy) but is never locked out by others' guesses.
    const profile = await asService(server).put(`/users/${uniqueId()}`, { username: 'still served' });
    expect(profile.status).toBe(200);
  });

  it('never throttle the probes: a load balancer checking from one address keeps the instance in service', async () => {
    const balancer = anonymous(server);
    // Well past the address's budget of requests a minute.
    for (let i = 0; i < REFUSALS_PER_MINUTE * 3; i++) {
      expect((await balancer.get('/health')).status, `health check ${i + 1}`).toBe(200);
      expect((await balancer.get('/ready')).status, `readiness check ${i + 1}`).toBe(200);
    }
    // Other anonymous requests from the address are still counted.
    const statuses = [];
    for (let i = 0; i <= REFUSALS_PER_MINUTE; i++) statuses.push((await balancer.get('/openapi.json')).status);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('refused credentials over sockets', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { RATE_LIMIT_PER_MINUTE: String(REFUSALS_PER_MINUTE) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('count against the address as HTTP guesses do: then sockets and requests alike wait out the minute', async () => {
    const renewing = connectWebSocket(server, { token: await signToken({ sub: uniqueId() }) });
    await renewing.inbox.next('authenticated');
    for (let i = 0; i < REFUSALS_PER_MINUTE; i++) {
      const guess = i % 2 === 0 ? connectSocketIo(server, { token: `guess.${i}.token` }) : connectWebSocket(server, { token: `guess.${i}.token` });
      const refused = (await guess.inbox.next('auth_error')).payload;
      expect(refused, `guess ${i + 1}`).toMatchObject({ code: 'AUTH_FAILED' });
      expect(refused.reason).toBeUndefined();
      guess.close();
    }
    // A valid token from that address is not even checked until the minute ends, on either transport.
    const token = await signToken({ sub: uniqueId() });
    for (const socket of [connectSocketIo(server, { token }), connectWebSocket(server, { token })]) {
      const waiting = (await socket.inbox.next('auth_error')).payload;
      expect(waiting).toMatchObject({ code: 'AUTH_FAILED', reason: 'RATE_LIMITED' });
      expect(waiting.retryAfterSeconds).toBeGreaterThan(0);
      expect(socket.inbox.count('authenticated')).toBe(0);
      socket.close();
    }
    // A connection renewing its token from that address waits too, told how long in a field a program reads.
    const renewal = await renewing.request('authenticate', { token });
    expect(renewal.payload).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    renewing.close();
    const request = await withToken(server, token).get('/conversations');
    expect(request.status).toBe(429);
    expect(request.body.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
  });
});
