import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { CONVERSATION_STATUSES, CONVERSATION_TYPES, PARTICIPANT_ROLES } from '../../domain/types.js';
import { requireActor, requireUser } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, IdParams, Limit, Page, Text } from '../schemas/common.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const conversationsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { conversations, participants, reading } = ctx;
  const limits = ctx.config.limits;
  const field = limits.contextFieldLength;

  const Context = Type.Object(
    {
      type: Text(field, { minLength: 1 }),
      id: Text(field, { minLength: 1 }),
      title: Type.Optional(Text(field)),
      imageUrl: Type.Optional(Type.String({ maxLength: field, format: 'uri' })),
      url: Type.Optional(Type.String({ maxLength: field, format: 'uri' })),
      ownerId: Type.Optional(Id()),
    },
    { additionalProperties: false },
  );
  const CreateBody = Type.Object(
    {
      type: Type.Optional(literals(CONVERSATION_TYPES)),
      participantIds: Type.Array(Id(), { maxItems: limits.groupParticipants }),
      title: Type.Optional(Type.Union([Text(limits.titleLength), Type.Null()])),
      context: Type.Optional(Context),
      metadata: Type.Optional(Type.Record(Type.String({ maxLength: 128 }), Type.Unknown())),
      message: Type.Optional(Text(limits.messageLength)),
    },
    { additionalProperties: false },
  );
  const ListQuery = Type.Object(
    {
      limit: Limit(20),
      cursor: Type.Optional(Cursor),
      status: Type.Optional(literals(CONVERSATION_STATUSES)),
      type: Type.Optional(literals(CONVERSATION_TYPES)),
      contextType: Type.Optional(Text(field, { minLength: 1 })),
      contextId: Type.Optional(Text(field, { minLength: 1 })),
      archived: Type.Optional(Type.Boolean({ default: false })),
      unread: Type.Optional(Type.Boolean()),
      q: Type.Optional(Text(200, { minLength: 1 })),
    },
    { additionalProperties: false },
  );
  const ReadBody = Type.Object({ messageId: Type.Optional(Id()) }, { additionalProperties: false });
  const ReadResult = Type.Object({ lastReadSeq: Type.Integer(), unreadCount: Type.Integer() });
  const ConversationRef = Type.Ref('Conversation');
  const UpdateBody = Type.Object(
    {
      title: Type.Optional(Type.Union([Text(limits.titleLength), Type.Null()])),
      status: Type.Optional(literals(CONVERSATION_STATUSES)),
      metadata: Type.Optional(Type.Record(Type.String({ maxLength: 128 }), Type.Unknown())),
    },
    { additionalProperties: false, minProperties: 1 },
  );
  const ParticipantsBody = Type.Object(
    {
      userIds: Type.Array(Id(), { minItems: 1, maxItems: limits.groupParticipants }),
      role: Type.Optional(literals(PARTICIPANT_ROLES)),
    },
    { additionalProperties: false },
  );
  const ParticipantParams = Type.Object({ id: Id(), userId: Id() }, { additionalProperties: false });

  app.post(
    '/conversations',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Start a conversation, or find the existing DIRECT one for this pair and context',
        body: CreateBody,
        response: {
          200: ConversationRef,
          201: ConversationRef,
          ...errorResponses(403, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await conversations.create(requireUser(request), request.body);
      return reply.status(result.created ? 201 : 200).send(result.conversation);
    },
  );

  app.get(
    '/conversations',
    {
      schema: {
        tags: ['conversations'],
        summary: 'The caller’s conversations, most recent activity first',
        querystring: ListQuery,
        response: { 200: Page(ConversationRef), ...errorResponses() },
      },
    },
    async (request) => {
      const { limit, cursor, archived, unread, q, ...rest } = request.query;
      const filters = {
        ...rest,
        archived: archived ?? false,
        unreadOnly: unread ?? false,
        ...(q !== undefined ? { query: q } : {}),
      };
      return reading.listConversations(requireUser(request), filters, cursor, limit);
    },
  );

  app.get(
    '/conversations/:id',
    {
      schema: {
        tags: ['conversations'],
        summary: 'One conversation',
        params: IdParams,
        response: { 200: ConversationRef, ...errorResponses(404) },
      },
    },
    async (request) => reading.getConversation(requireUser(request), request.params.id),
  );

  app.post(
    '/conversations/:id/read',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Mark the conversation read up to a message (default: the latest)',
        params: IdParams,
        body: ReadBody,
        response: { 200: ReadResult, ...errorResponses(404) },
      },
    },
    async (request) =>
      reading.markRead(requireUser(request), request.params.id, request.body?.messageId),
  );

  app.patch(
    '/conversations/:id',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Change title, status or metadata (OWNER/ADMIN)',
        params: IdParams,
        body: UpdateBody,
        response: { 200: ConversationRef, ...errorResponses(403, 404) },
      },
    },
    async (request) => conversations.update(requireUser(request), request.params.id, request.body),
  );

  app.delete(
    '/conversations/:id',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Leave and hide it; an admin or the service key deletes it for everyone',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await conversations.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  for (const action of ['archive', 'unarchive'] as const) {
    app.post(
      `/conversations/:id/${action}`,
      {
        schema: {
          tags: ['conversations'],
          summary: action === 'archive' ? 'Archive it for the caller' : 'Bring it back from the caller’s archive',
          params: IdParams,
          response: { 200: ConversationRef, ...errorResponses(404) },
        },
      },
      async (request) => conversations.setArchived(requireUser(request), request.params.id, action === 'archive'),
    );
  }

  app.post(
    '/conversations/:id/participants',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Add participants, or change the role of present ones (OWNER/ADMIN; not DIRECT)',
        params: IdParams,
        body: ParticipantsBody,
        response: { 200: ConversationRef, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) =>
      participants.add(requireUser(request), request.params.id, request.body.userIds, request.body.role),
  );

  app.delete(
    '/conversations/:id/participants/:userId',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Remove a participant (OWNER/ADMIN), or leave (your own id)',
        params: ParticipantParams,
        response: { 204: Type.Null(), ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await participants.remove(requireUser(request), request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
