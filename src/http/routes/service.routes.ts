import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { VERSION } from '../../version.js';

/** Liveness and readiness: served by every process, whatever its roles. */
export const probeRoutes: FastifyPluginAsyncTypebox<{ readiness: () => Promise<Record<string, unknown>> }> = async (
  app,
  { readiness },
) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['service'], summary: 'Liveness', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        tags: ['service'],
        summary: 'Readiness: the database (and Redis when configured) answer',
        response: {
          200: Type.Object({ status: Type.String(), checks: Type.Record(Type.String(), Type.Unknown()) }),
          503: Type.Object({ status: Type.String(), checks: Type.Record(Type.String(), Type.Unknown()) }),
        },
      },
    },
    async (_request, reply) => {
      const checks = await readiness();
      const ready = Object.values(checks).every((check) => (check as { status?: string }).status === 'ok');
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
    },
  );

};

/** What the service is and where its documents are (with the `api` role). */
export const serviceRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const prefix = ctx.config.apiPrefix;

  app.get(
    '/',
    { config: { public: true }, schema: { tags: ['service'], summary: 'Service name, version and links' } },
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

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
};
