import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { requireUser } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, Limit, Page, Text } from '../schemas/common.js';

export const searchRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  // A message, with the conversation it was found in.
  const SearchHit = Type.Intersect([
    Type.Ref('Message'),
    Type.Object({
      conversation: Type.Object({ id: Type.String(), type: Type.String({ description: 'DIRECT, GROUP, SUPPORT or THERAPY' }), title: Type.Union([Type.String(), Type.Null()]) }),
    }),
  ]);

  app.get(
    '/search',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'searchMessages',
        tags: ['messages'],
        summary: 'Full-text search over the caller’s conversations, best match first',
        description: 'Every word must match; each matches as a prefix. Deleted and removed messages are never found.',
        querystring: Type.Object(
          {
            q: Text(200, { minLength: 1, description: 'the words to find' }),
            conversationId: Type.Optional(Id('only in this conversation')),
            limit: Limit(20),
            cursor: Type.Optional(Cursor),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(SearchHit), ...errorResponses(404) },
      },
    },
    async (request) => ctx.search.search(requireUser(request), request.query),
  );
};
