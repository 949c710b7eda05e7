import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { requireUser } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, Limit, Page, Text } from '../schemas/common.js';
import { Message } from '../schemas/views.js';

export const searchRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const SearchHit = Type.Object({
    ...Message.properties,
    conversation: Type.Object({ id: Type.String(), type: Type.String(), title: Type.Union([Type.String(), Type.Null()]) }),
  });

  app.get(
    '/search',
    {
      schema: {
        tags: ['messages'],
        summary: 'Full-text search over the caller’s conversations, best match first',
        description: 'Every word must match; each matches as a prefix. Deleted and removed messages are never found.',
        querystring: Type.Object(
          {
            q: Text(200, { minLength: 1 }),
            conversationId: Type.Optional(Id()),
            limit: Limit(20),
            cursor: Type.Optional(Cursor),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(SearchHit), ...errorResponses() },
      },
    },
    async (request) => ctx.search.search(requireUser(request), request.query),
  );
};
