import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Delivery } from '../../delivery/delivery.js';
import { isAdmin } from '../../domain/policies.js';
import { AppError } from '../../errors.js';
import { requireActor } from '../auth.plugin.js';
import { Cursor, errorResponses, IdParams, Limit, Page } from '../schemas/common.js';

export const adminRoutes: FastifyPluginAsyncTypebox<{ delivery: Delivery }> = async (app, { delivery }) => {
  const DeadLetter = Type.Object({
    id: Type.String(),
    sink: Type.String(),
    eventId: Type.String(),
    cursor: Type.String(),
    event: Type.Ref('Event'),
    attempts: Type.Integer(),
    lastError: Type.String(),
    createdAt: Type.String(),
    replayedAt: Type.Union([Type.String(), Type.Null()]),
  });

  // Admins and the platform's backend only.
  app.addHook('preHandler', async (request) => {
    if (!isAdmin(requireActor(request))) throw new AppError('FORBIDDEN', 'this endpoint is for admins');
  });

  app.get(
    '/admin/events/dead-letters',
    {
      schema: {
        tags: ['admin'],
        summary: 'Events a sink gave up on after its last attempt, oldest first',
        querystring: Type.Object(
          { limit: Limit(20), cursor: Type.Optional(Cursor), includeReplayed: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: Page(DeadLetter), ...errorResponses(403) },
      },
    },
    async (request) => delivery.deadLetters(request.query.includeReplayed ?? false, request.query.cursor, request.query.limit),
  );

  app.post(
    '/admin/events/dead-letters/:id/replay',
    {
      schema: {
        tags: ['admin'],
        summary: 'Deliver a dead-lettered event to its sink again, now',
        params: IdParams,
        response: { 200: DeadLetter, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => delivery.replay(request.params.id),
  );
};
