import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { requireUser } from '../auth.plugin.js';
import { errorResponses, Limit } from '../schemas/common.js';

export const syncRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/sync',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'syncEvents',
        tags: ['events'],
        summary: 'Catch up: the events the caller may see after a cursor, in commit order',
        description:
          'Without `since`, answers the current head cursor and no events. The event at the cursor itself is not sent again. A page with `hasMore: true` ends at its last event; the last page (`hasMore: false`) answers the head of the log as its cursor, even when the caller could see none of the events up to it. A `message.deleted` with `actorId: null` is a message that message retention (`MESSAGE_RETENTION_DAYS`) made a tombstone: its text, files and every copy of them are gone.',
        querystring: Type.Object(
          {
            since: Type.Optional(Type.String({ maxLength: 32, description: 'a cursor from an event or a previous page' })),
            limit: Limit(100, ctx.config.limits.syncPageSize),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ events: Type.Array(Type.Ref('Event')), cursor: Type.String(), hasMore: Type.Boolean() }),
          ...errorResponses(410),
        },
      },
    },
    async (request) => ctx.sync.since(requireUser(request), request.query.since, request.query.limit),
  );
};
