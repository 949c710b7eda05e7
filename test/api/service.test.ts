import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, anonymous, asService, asUser, Client, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('service endpoints and users on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves health, readiness, service info, OpenAPI, the docs page and metrics without credentials', async () => {
    const client = anonymous(server);
    expect((await client.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await client.get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database).toMatchObject({ status: 'ok', kind });
    expect((await client.get('/')).body).toMatchObject({ name: 'parley' });
    const openapi = await client.get('/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/', '/conversations', '/conversations/{id}/messages', '/sync', '/users/{id}']),
    );
    const docs = await fetch(`${server.prefix}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<html');
    const metrics = await fetch(`${server.baseUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('parley_http_request_duration_seconds');
  });

  it('keeps /metrics behind METRICS_TOKEN when one is set', async () => {
    const guarded = await startServer('sqlite', { METRICS_TOKEN: 'metrics-token-0123456789' });
    try {
      const url = `${guarded.baseUrl}/metrics`;
      for (const authorization of [undefined, 'Bearer wrong', 'Bearer metrics-token-012345678', 'metrics-token-0123456789']) {
        const response = await fetch(url, { headers: authorization ? { authorization } : {} });
        expect(response.status, authorization).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      }
      const allowed = await fetch(url, { headers: { authorization: 'Bearer metrics-token-0123456789' } });
      expect(allowed.status).toBe(200);
    } finally {
      await guarded.stop();
    }
  });

  it('serves the API browser at the README\'s URL, with or without a trailing slash, and every asset it loads', async () => {
    for (const page of [`${server.prefix}/docs`, `${server.prefix}/docs/`]) {
      const html = await fetch(page);
      expect(html.status, page).toBe(200);
      expect(html.headers.get('content-type')).toContain('text/html');
      const text = await html.text();
      const assets = [...text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => new URL(match[1] as string, page).toString());
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets) {
        const response = await fetch(asset);
        expect(response.status, asset).toBe(200);
        expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
      }
    }
    // The page's script asks for the document next to it.
    const initializer = await (await fetch(`${server.prefix}/docs/static/swagger-initializer.js`)).text();
    expect(initializer).toContain('json');
    const document = await fetch(`${server.prefix}/docs/json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\./);
  });

  it('tells an anonymous caller in dev mode which header to send', async () => {
    const response = await anonymous(server).get('/me');
    expect(response.status).toBe(401);
    expect(response.body.error.message).toContain('X-User-ID');
  });

  it('lets the platform upsert profiles with the service key, and nobody else', async () => {
    const id = uniqueId('platform');
    const put = await asService(server).put(`/users/${id}`, { username: 'seller123', displayName: 'Jane Seller', avatarUrl: 'https://cdn.example/a.png' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id, username: 'seller123', displayName: 'Jane Seller', role: 'user' });
    const update = await asService(server).put(`/users/${id}`, { displayName: 'Jane S.' });
    expect(update.body).toMatchObject({ username: 'seller123', displayName: 'Jane S.' });

    // A name of spaces alone names no one.
    const blank = await asService(server).put(`/users/${id}`, { username: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.code).toBe('VALIDATION_FAILED');
    // One issue, in words that say what is wrong: not the pattern's, and not the "or null" branch failing too.
    expect(blank.body.error.message).toBe('body/username must not be blank');
    expect(blank.body.error.details.issues).toEqual([{ path: 'body/username', message: 'must not be blank' }]);
    const number = await asService(server).put(`/users/${id}`, { displayName: 5 });
    expect(number.body.error.details.issues).toEqual([{ path: 'body/displayName', message: 'must be string or null' }]);
    // A name shown to others cannot hold the controls that display it as something else ("Ann\u202Egnp.exe" shows as "Annexe.png").
    for (const name of [{ displayName: 'Ann \u202Egnp.exe' }, { username: 'ann\u2066x' }]) {
      const spoof = await asService(server).put(`/users/${id}`, name);
      expect(spoof.status, JSON.stringify(name)).toBe(400);
    }
    expect((await asService(server).get(`/users/${id}`)).body.displayName).toBe('Jane S.');
    // An id a path cannot name: URL clients resolve /users/../export to /export.
    const dots = await asService(server).post('/users/sync', { users: [{ id: '..', username: 'dots' }] });
    expect(dots.status).toBe(400);
    expect(dots.body.error.details.issues).toEqual([{ path: 'body/users/0/id', message: 'must not be . or .. (a path could not name it)' }]);
    for (const userId of ['.', '..']) expect((await new Client(server.prefix, { 'x-user-id': userId }).get('/me')).status).toBe(401);
    // Dev-mode headers are read as UTF-8, as curl and browsers send them: `ü` names the user `ü`.
    const named = await new Promise<{ id: string; username: string }>((resolve, reject) => {
      const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
      const request = http.get(`${server.prefix}/me`, { headers: { 'x-user-id': latin1('jürgen_ü'), 'x-username': latin1('Jürgen') } }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(JSON.parse(body)));
      });
      request.on('error', reject);
    });
    expect(named).toMatchObject({ id: 'jürgen_ü', username: 'Jürgen' });
    // Bytes that are not UTF-8 are refused, not read as Latin-1: the byte FC would be `ü` too.
    for (const [name, value] of [['x-user-id', 'j\xfcrgen_\xfc'], ['x-username', 'ab\xff\xfecd']] as const) {
      const refused = await new Promise<{ status: number; body: { error: { code: string; message: string } } }>((resolve, reject) => {
        const headers = { 'x-user-id': name === 'x-user-id' ? value : 'latin1_probe', ...(name === 'x-username' ? { 'x-username': value } : {}) };
        const request = http.get(`${server.prefix}/me`, { headers }, (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(body) }));
        });
        request.on('error', reject);
      });
      expect(refused.status, name).toBe(401);
      expect(refused.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('UTF-8') });
    }
    expect((await asService(server).get('/users/latin1_probe')).status).toBe(404);
    const control = await asService(server).put(`/users/${id}`, { username: 'a\u0007b' });
    expect(control.body.error.details.issues).toEqual([{ path: 'body/username', message: 'contains characters that are not allowed' }]);
    expect((await asUser(server, uniqueId()).put(`/users/${id}`, { displayName: 'hijack' })).status).toBe(403);
    expect((await anonymous(server).put(`/users/${id}`, { displayName: 'hijack' })).status).toBe(401);
    expect((await new Client(server.prefix, { 'x-service-key': 'wrong-key-wrong-key' }).put(`/users/${id}`, {})).status).toBe(401);

    const viewer = asUser(server, uniqueId());
    expect((await viewer.get(`/users/${id}`)).body.displayName).toBe('Jane S.');
    expect((await viewer.get('/users/by-username/seller123')).body.id).toBe(id);
    expect((await viewer.get('/users/by-username/nobody-has-this')).status).toBe(404);
    expect((await viewer.get(`/users/${uniqueId()}`)).status).toBe(404);

    // Someone else signs in naming themselves the same: the name no longer leads to either of them.
    const claimer = uniqueId('claimer');
    expect((await new Client(server.prefix, { 'x-user-id': claimer, 'x-username': 'seller123' }).get('/me')).body.username).toBe('seller123');
    const ambiguous = await viewer.get('/users/by-username/seller123');
    expect(ambiguous.status).toBe(409);
    expect(ambiguous.body.error.code).toBe('CONFLICT');
    expect((await viewer.get(`/users/${id}`)).body.username).toBe('seller123');
  });

  it('syncs many profiles at once, all or nothing', async () => {
    const ids = [uniqueId(), uniqueId(), uniqueId()];
    const sync = await asService(server).post('/users/sync', { users: ids.map((id, i) => ({ id, username: `sync_${i}_${id}` })) });
    expect(sync.status).toBe(200);
    expect(sync.body.data).toHaveLength(3);
    const bad = await asService(server).post('/users/sync', { users: [{ id: uniqueId(), username: 'ok' }, { id: uniqueId(), role: 'superuser' }] });
    expect(bad.status).toBe(400);
    const duplicate = await asService(server).post('/users/sync', { users: [{ id: ids[0] }, { id: ids[0] }] });
    expect(duplicate.status).toBe(400);
    expect((await asService(server).post('/users/sync', { users: [] })).status).toBe(400);
  });

  it('creates trial users in dev mode and reports the caller profile', async () => {
    const created = await anonymous(server).post('/users', { username: 'trial_user', displayName: 'Trial' });
    expect(created.status).toBe(201);
    expect(created.body.id).toEqual(expect.any(String));
    const me = await asUser(server, created.body.id).get('/me');
    expect(me.body).toMatchObject({ id: created.body.id, username: 'trial_user' });
    expect((await asUser(server, ADMIN_ID).get('/me')).body.role).toBe('admin');
    expect((await anonymous(server).post('/users', {})).status).toBe(400);
  });
});
