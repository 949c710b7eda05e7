import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { MAX_PRESENCE_USERS, presenceFor } from '../../domain/presence.service.js';
import { requireUser } from '../auth.plugin.js';
import { Timestamp } from '../schemas/common.js';

export const presenceRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const Status = Type.Object({
    userId: Type.String(),
    status: Type.Union([Type.Literal('online'), Type.Literal('offline')]),
    lastSeenAt: Type.Union([Timestamp, Type.Null()]),
  });

  app.get(
    '/presence',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'getPresence',
        tags: ['presence'],
        summary: 'Online status of users who share a conversation with the caller',
        description: `Up to ${MAX_PRESENCE_USERS} comma-separated ids. Users who share no conversation with the caller, or block them, are left out.`,
        querystring: Type.Object({ userIds: Type.String({ minLength: 1, maxLength: 129 * MAX_PRESENCE_USERS, description: 'comma-separated user ids' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ data: Type.Array(Status) }) },
      },
    },
    async (request) => ({
      data: await presenceFor(ctx.store, ctx.presence, requireUser(request), request.query.userIds.split(',')),
    }),
  );
};
