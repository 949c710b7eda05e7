import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { CLIENT_MESSAGE_TYPES } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { requireUser } from '../auth.plugin.js';
import { errorResponses, Id, IdParams, Limit, Page, Text } from '../schemas/common.js';

export const messagesRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { messages, conversations } = ctx;
  const limits = ctx.config.limits;

  const SendBody = Type.Object(
    {
      content: Text(limits.messageLength),
      messageType: Type.Optional(Type.Union(CLIENT_MESSAGE_TYPES.map((t) => Type.Literal(t)))),
      replyToId: Type.Optional(Id()),
      clientMessageId: Type.Optional(Id('the client’s own id; the same one from the same sender is sent once')),
    },
    { additionalProperties: false },
  );
  const Seq = Type.Integer({ minimum: 0, maximum: 2_147_483_647 });
  const ListQuery = Type.Object(
    {
      before: Type.Optional(Seq),
      after: Type.Optional(Seq),
      limit: Limit(50),
      cursor: Type.Optional(Type.String({ pattern: '^\\d{1,10}$', description: 'nextCursor of the previous page' })),
    },
    { additionalProperties: false },
  );
  const MessageRef = Type.Ref('Message');

  app.post(
    '/conversations/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Send a message',
        params: IdParams,
        body: SendBody,
        response: { 200: MessageRef, 201: MessageRef, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await messages.send(requireUser(request), request.params.id, request.body);
      return reply.status(result.created ? 201 : 200).send(result.message);
    },
  );

  app.get(
    '/conversations/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Messages: newest first (before=<seq>), or oldest first from a point (after=<seq>)',
        params: IdParams,
        querystring: ListQuery,
        response: { 200: Page(MessageRef), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { before, after, limit, cursor } = request.query;
      if (before !== undefined && after !== undefined) {
        throw new AppError('VALIDATION_FAILED', 'give either before or after, not both');
      }
      // nextCursor is a seq: it continues in the direction of the page it came from.
      const from = cursor === undefined ? undefined : Number(cursor);
      const query = after !== undefined ? { after: from ?? after, limit } : { before: from ?? before, limit };
      return messages.list(requireUser(request), request.params.id, query);
    },
  );

  app.get(
    '/messages/:id',
    { schema: { tags: ['messages'], summary: 'One message', params: IdParams, response: { 200: MessageRef, ...errorResponses(404) } } },
    async (request) => messages.get(requireUser(request), request.params.id),
  );

  app.post(
    '/messages/:id/read',
    {
      schema: {
        tags: ['messages'],
        summary: 'Mark the conversation read up to this message',
        params: IdParams,
        response: { 200: Type.Object({ lastReadSeq: Type.Integer(), unreadCount: Type.Integer() }), ...errorResponses(404) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const message = await messages.visibleMessage(actor, request.params.id);
      return conversations.markRead(actor, message.conversation_id, message.id);
    },
  );
};
