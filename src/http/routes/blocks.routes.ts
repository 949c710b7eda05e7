import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { requireUser } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, Limit, Page, Text } from '../schemas/common.js';

export const blocksRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const Block = Type.Object({ userId: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String() });

  app.post(
    '/blocks',
    {
      schema: {
        tags: ['blocks'],
        summary: 'Block a user',
        body: Type.Object(
          { userId: Id(), reason: Type.Optional(Text(ctx.config.limits.reasonLength)) },
          { additionalProperties: false },
        ),
        response: { 200: Block, 201: Block, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const { block, created } = await ctx.blocks.block(requireUser(request), request.body.userId, request.body.reason);
      return reply.status(created ? 201 : 200).send(block);
    },
  );

  app.delete(
    '/blocks/:userId',
    {
      schema: {
        tags: ['blocks'],
        summary: 'Unblock a user',
        params: Type.Object({ userId: Id() }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await ctx.blocks.unblock(requireUser(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/blocks',
    {
      schema: {
        tags: ['blocks'],
        summary: 'The users the caller blocks',
        querystring: Type.Object({ limit: Limit(20), cursor: Type.Optional(Cursor) }, { additionalProperties: false }),
        response: { 200: Page(Block), ...errorResponses() },
      },
    },
    async (request) => ctx.blocks.list(requireUser(request), request.query.cursor, request.query.limit),
  );
};
