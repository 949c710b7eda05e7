import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import type { AppContext } from '../../context.js';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../../errors.js';
import { VERSION } from '../../version.js';

const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  checks: Type.Record(Type.String(), Type.Unknown(), { description: 'one entry per dependency: database, redis, delivery' }),
});

const ServiceInfo = Type.Object({
  name: Type.String(),
  version: Type.String(),
  description: Type.String(),
  links: Type.Object({
    docs: Type.String(),
    openapi: Type.String(),
    health: Type.String(),
    ready: Type.String(),
    socketIo: Type.String(),
    websocket: Type.String(),
  }),
});

/** The document describes itself only loosely: its own schema is OpenAPI 3.0's. */
const OpenApiDocumentShape = Type.Object(
  { openapi: Type.String(), info: Type.Record(Type.String(), Type.Unknown()), paths: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: true },
);

/** Liveness and readiness: served by every process, whatever its roles. */
export const probeRoutes: FastifyPluginAsyncTypebox<{ readiness: () => Promise<Record<string, unknown>> }> = async (
  app,
  { readiness },
) => {
  // Probes are not rate limited: a load balancer's health checks from one address must never be
  // answered 429 and take the instance out of service.
  app.get(
    '/health',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        operationId: 'getHealth',
        tags: ['service'],
        summary: 'Liveness',
        description: 'Answers while the process serves requests; it asks no dependency.',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        operationId: 'getReadiness',
        tags: ['service'],
        summary: 'Readiness: the database (and Redis when configured) answer',
        description: 'A load balancer sends traffic while this answers 200; 503 names the dependency that is down.',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const checks = await readiness();
      const ready = Object.values(checks).every((check) => (check as { status?: string }).status === 'ok');
      if (!ready) reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
    },
  );
};

/** What the service is and where its documents are (with the `api` role). */
export const serviceRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const prefix = ctx.config.apiPrefix;

  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getServiceInfo',
        tags: ['service'],
        summary: 'Service name, version and links',
        description: 'Where the documentation, the OpenAPI document, the probes and the socket endpoints are.',
        response: { 200: ServiceInfo },
      },
    },
    async () => ({
      name: 'parley',
      version: VERSION,
      description: 'Messaging for marketplaces and service platforms',
      links: {
        docs: `${prefix}/docs`,
        openapi: `${prefix}/openapi.json`,
        health: `${prefix}/health`,
        ready: `${prefix}/ready`,
        socketIo: '/socket.io/ (namespace /messaging)',
        websocket: `${prefix}/ws`,
      },
    }),
  );

  app.get(
    '/openapi.json',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getOpenApiDocument',
        tags: ['service'],
        summary: 'This document',
        description: 'The OpenAPI 3 document of this instance; clients are generated from it.',
        response: { 200: OpenApiDocumentShape },
      },
    },
    async () => app.swagger() as Static<typeof OpenApiDocumentShape>,
  );
};
