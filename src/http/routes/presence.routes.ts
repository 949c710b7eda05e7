import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireUser } from '../auth.plugin.js';
import { isValidUserId } from '../../auth/authenticator.js';
import { errorResponses } from '../schemas/common.js';

const MAX_PRESENCE_USERS = 100;

export const presenceRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const Status = Type.Object({
    userId: Type.String(),
    status: Type.Union([Type.Literal('online'), Type.Literal('offline')]),
    lastSeenAt: Type.Union([Type.String(), Type.Null()]),
  });

  app.get(
    '/presence',
    {
      schema: {
        tags: ['presence'],
        summary: 'Online status of users who share a conversation with the caller',
        description: `Up to ${MAX_PRESENCE_USERS} comma-separated ids. Users who share no conversation with the caller, or block them, are left out.`,
        querystring: Type.Object({ userIds: Type.String({ minLength: 1, maxLength: 129 * MAX_PRESENCE_USERS }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ data: Type.Array(Status) }), ...errorResponses() },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const ids = [...new Set(request.query.userIds.split(',').map((id) => id.trim()).filter(Boolean))];
      if (ids.length === 0 || ids.length > MAX_PRESENCE_USERS || !ids.every(isValidUserId)) {
        throw new AppError('VALIDATION_FAILED', `userIds must list 1 to ${MAX_PRESENCE_USERS} valid user ids`, { field: 'userIds' });
      }
      const visible = new Set(await ctx.store.conversations.presencePartners(actor.userId, ids, 'candidate'));
      return {
        data: ids
          .filter((id) => visible.has(id))
          .map((userId) => ({
            userId,
            status: ctx.presence.isOnline(userId) ? ('online' as const) : ('offline' as const),
            lastSeenAt: ctx.presence.lastSeenAt(userId),
          })),
      };
    },
  );
};
