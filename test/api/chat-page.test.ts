// The chat page is served by Parley itself at /app/, with a strict Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer('sqlite', { API_PREFIX: '/chat-api' });
}, 60_000);
afterAll(async () => server.stop());

describe('GET /app/', () => {
  it('serves the page and its assets without credentials, under a strict CSP, whatever API_PREFIX is', async () => {
    for (const path of ['/app/', '/app', '/app/app.js', '/app/app.css']) {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
    }
    const html = await (await fetch(`${server.baseUrl}/app/`)).text();
    expect(html).toContain('<script type="module" src="/app/app.js">');
    expect(html).not.toMatch(/<script>|\son\w+=/); // no inline code for the CSP to refuse
  });

  it('tells the page where the API is and whether dev-mode sign-in works', async () => {
    const response = await fetch(`${server.baseUrl}/app/config.json`);
    expect(await response.json()).toEqual({ apiPrefix: '/chat-api', devMode: true });
  });

  it('serves the source map in dev mode only', async () => {
    expect((await fetch(`${server.baseUrl}/app/app.js.map`)).status).toBe(200);
    const production = await startServer('sqlite', { AUTH_DEV_MODE: 'false' });
    try {
      expect((await fetch(`${production.baseUrl}/app/app.js.map`)).status).toBe(404);
      expect((await fetch(`${production.baseUrl}/app/app.js`)).status).toBe(200);
    } finally {
      await production.stop();
    }
  });

  it('serves nothing outside the build', async () => {
    for (const path of ['/app/nope.js', '/app/../package.json', '/app/%2e%2e/package.json']) {
      expect((await fetch(`${server.baseUrl}${path}`)).status, path).toBe(404);
    }
  });
});
