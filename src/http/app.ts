// The HTTP edge: Fastify with the contract's error shape, auth, limits, OpenAPI and the routes.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { loggableUrl } from '../logger.js';
import { authPlugin } from './auth.plugin.js';
import { chatPagePlugin } from './chat-page.plugin.js';
import { answerClientError, answerFrameworkError, errorsPlugin, MAX_PARAM_LENGTH } from './errors.plugin.js';
import { BODY_METHODS, openapiOptions } from './openapi.js';
import type { Delivery } from '../delivery/delivery.js';
import { adminRoutes } from './routes/admin.routes.js';
import { analyticsRoutes } from './routes/analytics.routes.js';
import { attachmentsRoutes } from './routes/attachments.routes.js';
import { blocksRoutes } from './routes/blocks.routes.js';
import { contextsRoutes } from './routes/contexts.routes.js';
import { conversationsRoutes } from './routes/conversations.routes.js';
import { messagesRoutes } from './routes/messages.routes.js';
import { moderationRoutes } from './routes/moderation.routes.js';
import { presenceRoutes } from './routes/presence.routes.js';
import { privacyRoutes } from './routes/privacy.routes.js';
import { reportsRoutes } from './routes/reports.routes.js';
import { searchRoutes } from './routes/search.routes.js';
import { probeRoutes, serviceRoutes } from './routes/service.routes.js';
import { syncRoutes } from './routes/sync.routes.js';
import { usersRoutes } from './routes/users.routes.js';
import { ErrorResponse } from './schemas/common.js';
import { ContextRecord, Conversation, Event, Message, User } from '../schemas/views.js';
import { validatorCompiler } from '../schemas/validation.js';
import { REQUEST_TIMEOUT_MS } from '../timings.js';

export interface ServedRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every method and URL pattern registered, in order (HEAD twins and CORS preflight included). */
    servedRoutes: ServedRoute[];
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export interface HttpOptions {
  readiness: () => Promise<Record<string, unknown>>;
  delivery: Delivery;
}

export async function buildHttpApp(ctx: AppContext, options: HttpOptions): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    // One access line per request at debug; failures are logged at error by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.limits.bodyBytes,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH, ignoreTrailingSlash: true },
    // Honour a sane X-Request-ID from a gateway; otherwise make one.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // On close, connections without a request in flight end at once; a request in flight is
    // answered (with Connection: close, errors.plugin.ts), then its connection ends.
    forceCloseConnections: 'idle',
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Trust the nearest TRUST_PROXY_HOPS proxies: their X-Forwarded-For names the client.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    // Every answer has the contract's shape, also those made before a route is found.
    return503OnClosing: false, // errors.plugin.ts answers 503 UNAVAILABLE itself while closing
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Fastify keeps no list of its routes: this one lets a test insist on covering every route.
  const servedRoutes: ServedRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) servedRoutes.push({ method, url: route.url });
  });
  app.decorate('servedRoutes', servedRoutes);

  // JSON is UTF-8 (RFC 8259): a body in another charset, or with bytes that are not UTF-8, is
  // refused rather than stored with U+FFFD where its characters were.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(new AppError('UNSUPPORTED_MEDIA_TYPE', `JSON bodies are UTF-8: charset ${charset.slice(0, 40)} is not accepted`));
      return;
    }
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) {
      done(new AppError('VALIDATION_FAILED', 'the body is not valid UTF-8'));
      return;
    }
    parseJson(request, bytes.toString('utf8'), done);
  });
  app.setValidatorCompiler(validatorCompiler());
  // Callback-style hooks: these run on every request, and an async hook costs a promise each.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    // An empty body declared as JSON is no body: many HTTP clients send the header on every request.
    if (request.headers['content-length'] === '0' && /^application\/json\b/i.test(request.headers['content-type'] ?? '')) delete request.headers['content-type'];
    // Bodies are read as sent: a compressed one would be misread (or a plain one labelled
    // compressed taken as it is), so any encoding but identity is refused before it is read.
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity' && BODY_METHODS.has(request.method.toLowerCase())) {
      done(new AppError('UNSUPPORTED_MEDIA_TYPE', `request bodies are read as they are sent: Content-Encoding ${encoding.slice(0, 40)} is not accepted`));
      return;
    }
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    if (request.log.level === 'debug' || request.log.level === 'trace') {
      request.log.debug({ method: request.method, url: loggableUrl(request.url), status: reply.statusCode, ms: reply.elapsedTime }, 'request');
    }
    ctx.metrics.httpRequests
      .labels(request.method, request.routeOptions.url ?? 'unknown', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
    done();
  });

  await app.register(errorsPlugin);
  // Every shared shape is added here, at the root: see ContextRecord for why never in a route plugin.
  for (const schema of [ErrorResponse, User, Conversation, Message, Event, ContextRecord]) app.addSchema(schema);

  // Security headers on every response. The API serves JSON; the one HTML page (the API
  // browser) needs its inline scripts, so no content security policy is imposed. Answers hold
  // people's messages: no browser or proxy keeps a copy (downloads and the chat page's files
  // say otherwise for themselves).
  const security = {
    ...securityHeaders({ contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: 'cross-origin' } }),
    'cache-control': 'no-store',
  };
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(security);
    done();
  });
  await app.register(cors, {
    origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
    credentials: !config.corsOrigins.includes('*'),
    // Every method the API answers: the plugin's default (GET, HEAD, POST) would stop a browser on
    // another origin from editing, deleting or leaving anything.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: ['x-request-id', 'retry-after', 'allow', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
    // An OPTIONS that is not a browser's preflight asks what the API allows: answered like one,
    // rather than with the plugin's plain-text 400.
    strictPreflight: false,
  });
  await app.register(swagger, openapiOptions(config));

  await app.register(authPlugin, {
    authenticator: ctx.authenticator,
    users: ctx.users,
    publicPrefixes: [`${config.apiPrefix}/docs`, '/app/'],
    refusals: ctx.refusedCredentials,
  });
  // A POST without a body is an empty object to its schema, so the error names missing fields.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body === undefined && ['POST', 'PUT', 'PATCH'].includes(request.method)) request.body = {};
    done();
  });
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const actor = request.actor;
      if (actor?.kind === 'user') return `user:${actor.userId}`;
      if (actor?.kind === 'service') return 'service';
      return `ip:${request.ip}`;
    },
    allowList: (request) => request.actor?.kind === 'service',
    errorResponseBuilder: (_request, context) =>
      Object.assign(new AppError('RATE_LIMITED', `too many requests; retry in ${context.after}`, undefined, { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }), {
        statusCode: 429,
      }),
  });

  await app.register(
    async (api) => {
      await api.register(probeRoutes, { readiness: options.readiness });
      // Without the `api` role a process answers only its probes (and /metrics) over HTTP.
      if (!config.roles.includes('api')) return;
      // indexPrefix: the page's asset links must carry API_PREFIX when /docs has no trailing slash.
      await api.register(swaggerUi, { routePrefix: '/docs', indexPrefix: config.apiPrefix, uiConfig: { docExpansion: 'list' } });
      await api.register(serviceRoutes, { ctx });
      await api.register(usersRoutes, { ctx });
      await api.register(privacyRoutes, { ctx });
      await api.register(conversationsRoutes, { ctx });
      await api.register(contextsRoutes, { ctx });
      await api.register(analyticsRoutes, { ctx });
      await api.register(messagesRoutes, { ctx });
      await api.register(attachmentsRoutes, { ctx });
      await api.register(syncRoutes, { ctx });
      await api.register(blocksRoutes, { ctx });
      await api.register(searchRoutes, { ctx });
      await api.register(presenceRoutes, { ctx });
      await api.register(reportsRoutes, { ctx });
      await api.register(moderationRoutes, { ctx });
      await api.register(adminRoutes, { ctx, delivery: options.delivery });
    },
    { prefix: config.apiPrefix },
  );

  if (config.roles.includes('api')) await app.register(chatPagePlugin, { apiPrefix: config.apiPrefix, devMode: config.auth.devMode });

  const metricsAuthorization = config.metricsToken === undefined ? undefined : sha256(`Bearer ${config.metricsToken}`);
  app.get('/metrics', { config: { access: 'public', rateLimit: false }, schema: { hide: true } }, async (request, reply) => {
    // Hashes have one length, so the comparison takes the same time whatever was sent.
    const given = sha256(request.headers.authorization ?? '');
    if (metricsAuthorization !== undefined && !timingSafeEqual(given, metricsAuthorization)) {
      throw new AppError('UNAUTHENTICATED', 'metrics need the metrics token');
    }
    return reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });

  return app;
}

/**
 * Helmet's headers, worked out once: without a content security policy they are the same for
 * every request, and running helmet's middlewares on each one cost several microseconds.
 */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}
