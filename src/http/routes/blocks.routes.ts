import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { requireUser } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, Limit, Page, Text, Timestamp } from '../schemas/common.js';

export const blocksRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const Block = Type.Object({ userId: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), createdAt: Timestamp });

  app.post(
    '/blocks',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'blockUser',
        tags: ['blocks'],
        summary: 'Block a user',
        description:
          'The blocked user can no longer start a DIRECT conversation with the caller or send into their DIRECT conversations, and sees no presence of theirs. Neither of the two can start a conversation of any type that names the other, or add the other to one (403 USER_BLOCKED); a group a third participant made for both goes on as before. Blocking again answers 200. A user Parley has not seen yet can be blocked; an erased one cannot (404).',
        body: Type.Object(
          { userId: Id('the user to block'), reason: Type.Optional(Text(ctx.config.limits.reasonLength)) },
          { additionalProperties: false, examples: [{ userId: 'u_spammer', reason: 'keeps asking for my phone number' }] },
        ),
        response: { 200: Block, 201: Block, ...errorResponses(404) },
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
      config: { access: 'user' },
      schema: {
        operationId: 'unblockUser',
        tags: ['blocks'],
        summary: 'Unblock a user',
        description: 'Answers 404 when the caller does not block them.',
        params: Type.Object({ userId: Id('the blocked user’s id') }, { additionalProperties: false }),
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
      config: { access: 'user' },
      schema: {
        operationId: 'listBlocks',
        tags: ['blocks'],
        summary: 'The users the caller blocks',
        description: 'Cursor-paginated.',
        querystring: Type.Object({ limit: Limit(20), cursor: Type.Optional(Cursor) }, { additionalProperties: false }),
        response: { 200: Page(Block) },
      },
    },
    async (request) => ctx.blocks.list(requireUser(request), request.query.cursor, request.query.limit),
  );
};
