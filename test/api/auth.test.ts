import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, Client, JWT_SECRET, signToken, startServer, type TestServer, uniqueId, withToken } from '../support/harness.js';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('authentication with HS256 tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite', { AUTH_DEV_MODE: 'false', JWT_ISSUER: 'https://auth.example', JWT_AUDIENCE: 'parley' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const claims = (sub: string, extra: Record<string, unknown> = {}) => ({
    sub,
    iss: 'https://auth.example',
    aud: 'parley',
    ...extra,
  });

  it('accepts a valid token and fills the profile from its claims', async () => {
    const id = uniqueId();
    const token = await signToken(claims(id, { preferred_username: 'jane', name: 'Jane Smith', picture: 'https://cdn.example/jane.png' }));
    const me = await withToken(server, token).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id, username: 'jane', displayName: 'Jane Smith', avatarUrl: 'https://cdn.example/jane.png', role: 'user' });
    const moderator = await signToken(claims(uniqueId(), { role: 'moderator' }));
    expect((await withToken(server, moderator).get('/me')).body.role).toBe('moderator');
  });

  it('takes a claim into the profile only when it passes the profile rules; the user signs in either way', async () => {
    const id = uniqueId();
    const good = await signToken(claims(id, { username: 'kept', name: 'Kept Name', picture: 'https://cdn.example/kept.png' }));
    expect((await withToken(server, good).get('/me')).status).toBe(200);
    const bad = await signToken(
      claims(id, { username: 'nul\u0000inside', name: 'bell\u0007', picture: 'javascript:alert(1)', preferred_username: 'also\u0000bad' }),
    );
    const me = await withToken(server, bad).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id, username: 'kept', displayName: 'Kept Name', avatarUrl: 'https://cdn.example/kept.png' });
    const other = await withToken(server, await signToken(claims(uniqueId(), { username: 'x'.repeat(65), picture: 'data:image/png;base64,AA' })));
    const fresh = await other.get('/me');
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ username: null, avatarUrl: null });
    expect((await withToken(server, bad).get(`/users/${id}`)).body.avatarUrl).toBe('https://cdn.example/kept.png');
    // A username claim that fails leaves the next one to name the user.
    const fallback = await signToken(claims(uniqueId(), { username: 42, preferred_username: 'second_choice' }));
    expect((await withToken(server, fallback).get('/me')).body.username).toBe('second_choice');
  });

  it('keeps the role the platform set when a token has no role claim; a token with the claim decides', async () => {
    const id = uniqueId();
    const plain = await signToken(claims(id));
    expect((await withToken(server, plain).get('/me')).body.role).toBe('user');
    expect((await asService(server).put(`/users/${id}`, { role: 'moderator' })).status).toBe(200);
    // Requests with the claim-less token keep the stored role, again and again.
    for (let i = 0; i < 2; i++) expect((await withToken(server, plain).get('/me')).body.role).toBe('moderator');
    const demoted = await signToken(claims(id, { role: 'user' }));
    expect((await withToken(server, demoted).get('/me')).body.role).toBe('user');
  });

  it('refuses expired, forged, unsigned, wrong-issuer, wrong-audience and exp-less tokens', async () => {
    const id = uniqueId();
    const header = base64url({ alg: 'none', typ: 'JWT' });
    const payload = base64url(claims(id, { exp: Math.floor(Date.now() / 1000) + 3600 }));
    const noExp = await new SignJWT(claims(id)).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(JWT_SECRET));
    const tokens = {
      expired: await signToken(claims(id), { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
      forged: await signToken(claims(id), { secret: 'another-secret-of-sufficient-length-123' }),
      algNone: `${header}.${payload}.`,
      wrongIssuer: await signToken(claims(id, { iss: 'https://evil.example' })),
      wrongAudience: await signToken(claims(id, { aud: 'someone-else' })),
      noExp,
      garbage: 'not.a.token',
      hs512: await signToken(claims(id), { alg: 'HS512' }),
    };
    for (const [name, token] of Object.entries(tokens)) {
      const response = await withToken(server, token).get('/me');
      expect(response.status, name).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
      // RFC 6750: the challenge says the token given was refused.
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="parley", error="invalid_token"');
    }
    const malformedHeader = await new Client(server.prefix, { authorization: 'Token abc' }).get('/me');
    expect(malformedHeader.status).toBe(401);
    expect(malformedHeader.headers.get('www-authenticate')).toBe('Bearer realm="parley"');
  });

  it('refuses dev-mode headers when dev mode is off', async () => {
    const response = await new Client(server.prefix, { 'x-user-id': uniqueId() }).get('/me');
    expect(response.status).toBe(401);
    expect((await new Client(server.prefix, {}).post('/users', { username: 'x' })).status).toBe(404);
  });
});

describe('authentication with RS256 keys from a JWKS URL', () => {
  let server: TestServer;
  let jwksServer: Server;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let providerBack = false;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((req, res) => {
      // `/away` stands for a provider that is down until `providerBack`.
      if (req.url === '/away' && !providerBack) {
        res.statusCode = 502;
        res.end('bad gateway');
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    server = await startServer('sqlite', { AUTH_DEV_MODE: 'false', JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, JWT_SECRET: '' });
  });
  afterAll(async () => {
    await server?.stop();
    jwksServer?.close();
  });

  it('accepts a token signed by the provider key and refuses HS256 tokens, even signed with the default secret', async () => {
    const id = uniqueId();
    const token = await new SignJWT({ sub: id, username: 'clerk_user', role: 'admin' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setExpirationTime('10m')
      .sign(privateKey);
    const me = await withToken(server, token).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id, username: 'clerk_user', role: 'admin' });

    const hs = await signToken({ sub: id }, { secret: 'parley-dev-secret-change-me' });
    expect((await withToken(server, hs).get('/me')).status).toBe(401);
  });

  it('answers 503 while the provider’s keys cannot be fetched (down, or nobody listening), and signs the caller in once they can', async () => {
    const { port } = jwksServer.address() as AddressInfo;
    const token = await new SignJWT({ sub: uniqueId() }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setExpirationTime('10m').sign(privateKey);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    for (const jwksUrl of [`http://127.0.0.1:${port}/away`, `http://127.0.0.1:${closedPort}/jwks.json`]) {
      const providerDown = await startServer('sqlite', { AUTH_DEV_MODE: 'false', JWKS_URL: jwksUrl, JWT_SECRET: '' });
      try {
        const refused = await withToken(providerDown, token).get('/me');
        expect(refused.status, jwksUrl).toBe(503);
        expect(refused.body.error.code).toBe('UNAVAILABLE');
        expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
        // A token no provider key could have signed is still the caller's fault.
        expect((await withToken(providerDown, 'not.a.token').get('/me')).status).toBe(401);
        if (jwksUrl.endsWith('/away')) {
          providerBack = true;
          expect((await withToken(providerDown, token).get('/me')).status).toBe(200);
        }
      } finally {
        await providerDown.stop();
      }
    }
  });
});
