// Resolves the caller on every request before the body is read, and holds them to the route's
// declared `config: { access }` (see route-access.ts). Every route must declare it.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Authenticator } from '../auth/authenticator.js';
import type { Actor, RequestOrigin, UserActor } from '../domain/types.js';
import type { UsersService } from '../domain/users.service.js';
import { AppError } from '../errors.js';
import type { RefusedCredentials } from '../auth/refused-credentials.js';
import { ROUTE_ACCESS, type RouteAccess } from './route-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route; the OpenAPI document says the same. */
    access?: RouteAccess;
  }
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  if (typeof value !== 'string') return undefined;
  // Node joins a header sent twice with ", ": two X-User-IDs would otherwise name a third user.
  if (value.includes(',') && (request.raw.headersDistinct[name]?.length ?? 0) > 1) {
    throw new AppError('UNAUTHENTICATED', `the ${name} header was sent more than once`);
  }
  return value;
};

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A header that names someone (X-User-ID, X-Username), read as UTF-8: Node hands header bytes
 * over as Latin-1, so `ü` sent by curl or a browser would arrive as `Ã¼` and name another user
 * than the one the platform knows. Bytes that are not UTF-8 are refused: read as Latin-1, one
 * user would have two spellings (the byte FC and the UTF-8 of `ü`).
 */
const textHeader = (request: FastifyRequest, name: 'X-User-ID' | 'X-Username'): string | undefined => {
  const value = header(request, name.toLowerCase());
  if (value === undefined || ASCII.test(value)) return value;
  const bytes = Buffer.from(value, 'latin1');
  if (!isUtf8(bytes)) throw new AppError('UNAUTHENTICATED', `${name} is read as UTF-8: these bytes are not`);
  return bytes.toString('utf8');
};

export interface AuthPluginOptions {
  authenticator: Authenticator;
  users: UsersService;
  /** Routes under these paths are public (the API browser's assets). */
  publicPrefixes: string[];
  /** Refused credentials an address may present per minute (RATE_LIMIT_PER_MINUTE); 429 beyond. */
  /** Refused credentials per address, shared with the socket transports. */
  refusals: RefusedCredentials;
}

const presentsCredentials = (request: FastifyRequest) =>
  ['x-service-key', 'authorization', 'x-user-id'].some((name) => request.headers[name] !== undefined);

const presentsValidServiceKey = (request: FastifyRequest, authenticator: Authenticator) => {
  const serviceKey = header(request, 'x-service-key');
  return serviceKey !== undefined && authenticator.isServiceKey(serviceKey);
};

/** Credentials that are wrong, as guesses would be; an expired token was once right. */
async function resolveActor(request: FastifyRequest, { authenticator, users }: AuthPluginOptions): Promise<Actor | null> {
  const serviceKey = header(request, 'x-service-key');
  if (serviceKey !== undefined) {
    if (!authenticator.isServiceKey(serviceKey)) throw new AppError('UNAUTHENTICATED', 'the service key is not valid');
    return { kind: 'service' };
  }
  const authorization = header(request, 'authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
    return users.actorFor(await authenticator.verifyToken(match[1]));
  }
  const devUserId = textHeader(request, 'X-User-ID');
  if (devUserId !== undefined) {
    return users.actorFor(authenticator.devIdentity(devUserId, textHeader(request, 'X-Username')));
  }
  return null;
}

export const authPlugin = fp<AuthPluginOptions>(async (app: FastifyInstance, options) => {
  const missingCredentials = options.authenticator.devMode
    ? 'credentials are required: an X-User-ID header (dev mode), a bearer token or X-Service-Key'
    : 'credentials are required: a bearer token or X-Service-Key';
  const underPublicPrefix = (url: string) => options.publicPrefixes.some((prefix) => url.startsWith(prefix));
  // A route that says nothing about its callers is a mistake, found at start rather than in production.
  app.addHook('onRoute', (route) => {
    if (route.config?.access === undefined && !underPublicPrefix(route.url)) {
      throw new Error(`route ${String(route.method)} ${route.url} must declare config.access (see src/http/route-access.ts)`);
    }
  });
  const { refusals } = options;
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url ?? '';
    const access = request.is404 || underPublicPrefix(url) ? 'public' : (request.routeOptions.config.access ?? 'user');
    const rule = ROUTE_ACCESS[access];
    // Not even checked: an address that guessed too often this minute waits, whatever it sends now.
    // The platform's backend is the exception: anyone behind its address (a shared NAT, a proxy)
    // could otherwise lock it out with a few bad tokens, and its key is too long to guess.
    const lockout = presentsCredentials(request) ? refusals.lockout(request.ip) : undefined;
    if (lockout !== undefined && !presentsValidServiceKey(request, options.authenticator)) throw lockout;
    try {
      request.actor = await resolveActor(request, options);
    } catch (error) {
      refusals.failed(request.ip, error);
      if (rule.anonymous !== true) throw error;
    }
    if (rule.anonymous === true) return;
    if (request.actor === null) {
      throw new AppError('UNAUTHENTICATED', missingCredentials);
    }
    if (rule.allows !== undefined && !rule.allows(request.actor)) {
      throw new AppError('FORBIDDEN', rule.refusal ?? 'this endpoint is not for this caller');
    }
  });
});

export function requireUser(request: FastifyRequest): UserActor {
  const actor = request.actor;
  if (actor === null) throw new AppError('UNAUTHENTICATED', 'credentials are required');
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'this endpoint acts for a user; the service key cannot call it');
  return actor;
}

export function requireService(request: FastifyRequest): void {
  if (request.actor?.kind !== 'service') throw new AppError('FORBIDDEN', 'this endpoint needs the service key');
}

export function requireActor(request: FastifyRequest): Actor {
  if (request.actor === null) throw new AppError('UNAUTHENTICATED', 'credentials are required');
  return request.actor;
}

/** Where the request came from, for the audit log (the IP honours TRUST_PROXY_HOPS). */
export function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: request.ip ?? null, requestId: request.id };
}
