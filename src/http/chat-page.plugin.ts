// The chat page at /app/: the static build of web/ (npm run build:app), whatever API_PREFIX is.
// It gets its own strict Content-Security-Policy: scripts and styles from Parley only, no inline
// code, no frames, no plugins; images may also come from https (context pictures, signed links).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const CHAT_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** web/dist in the repository: found by walking up from this file, from src/ and a compiled tree alike. */
export function chatPageDirectory(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.join(dir, 'web', 'dist');
}

export async function chatPagePlugin(app: FastifyInstance, options: { apiPrefix: string; devMode: boolean; root?: string }): Promise<void> {
  const root = options.root ?? chatPageDirectory();
  const built = existsSync(path.join(root, 'index.html'));

  app.get('/app/config.json', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return { apiPrefix: options.apiPrefix, devMode: options.devMode };
  });
  if (!built) {
    const notBuilt = async (_request: unknown, reply: FastifyReply) =>
      reply.status(503).type('text/plain').send('The chat page is not built: run `npm run build:app` (npm start does it).');
    app.get('/app/', { config: { access: 'public' }, schema: { hide: true } }, notBuilt);
    app.get('/app/*', { config: { access: 'public' }, schema: { hide: true } }, notBuilt);
    return;
  }
  // The page itself, at /app/ and /app (its links are absolute, so both work).
  const page = readFileSync(path.join(root, 'index.html'));
  app.get('/app/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-security-policy', CHAT_PAGE_CSP).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page),
  );
  await app.register(fastifyStatic, {
    root,
    prefix: '/app/',
    decorateReply: false,
    index: false,
    cacheControl: true,
    maxAge: 0,
    // Source maps help while developing; in production they would only hand out the page's sources.
    allowedPath: (pathName: string) => options.devMode || !pathName.endsWith('.map'),
    // @fastify/static 10 hands the Fastify reply here, not the raw response.
    setHeaders: (reply: unknown) => {
      (reply as { header(name: string, value: string): void }).header('content-security-policy', CHAT_PAGE_CSP);
    },
  });
}
