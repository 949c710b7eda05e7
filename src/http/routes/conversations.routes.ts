import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { markReadFields, MessageText } from '../../schemas/messages.js';
import { CONVERSATION_STATUSES, CONVERSATION_TYPES, PARTICIPANT_ROLES } from '../../domain/types.js';
import { originOf, requireActor, requireUser } from '../auth.plugin.js';
import { ContextType, Cursor, errorResponses, Id, IdParams, Limit, NoBody, NonBlankText, Page, StringEnum, Text, Title, WebUrl } from '../schemas/common.js';

export const conversationsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { conversations, participants, reading } = ctx;
  const limits = ctx.config.limits;
  const field = limits.contextFieldLength;

  const Context = Type.Object(
    {
      type: ContextType(),
      id: NonBlankText(field),
      title: Type.Optional(Title(field)),
      imageUrl: Type.Optional(WebUrl(field)),
      url: Type.Optional(WebUrl(field)),
      ownerId: Type.Optional(Id()),
    },
    { additionalProperties: false },
  );
  const CreateBody = Type.Object(
    {
      type: Type.Optional(StringEnum(CONVERSATION_TYPES, { description: 'without it: DIRECT with one other participant, GROUP with more' })),
      participantIds: Type.Array(Id(), { maxItems: limits.groupParticipants }),
      title: Type.Optional(Type.Union([Title(limits.titleLength), Type.Null()])),
      context: Type.Optional(Context),
      metadata: Type.Optional(Type.Record(Type.String({ maxLength: 128 }), Type.Unknown())),
      message: Type.Optional(MessageText(limits, 'a first message, sent into the conversation')),
      clientMessageId: Type.Optional(Id('with `message`: its own id from the client; asking again with the same one sends the message once')),
      createdBy: Type.Optional(Id('service key only: the user the conversation is started for, who joins as OWNER')),
    },
    {
      additionalProperties: false,
      examples: [
        {
          type: 'DIRECT',
          participantIds: ['u_seller'],
          context: { type: 'listing', id: 'lst_1', title: 'Vintage Camera', ownerId: 'u_seller' },
          message: 'Hi! Is this still available?',
          clientMessageId: 'c-first-1',
        },
      ],
    },
  );
  const ListQuery = Type.Object(
    {
      limit: Limit(20),
      cursor: Type.Optional(Cursor),
      status: Type.Optional(StringEnum(CONVERSATION_STATUSES, { description: 'only conversations in this status' })),
      type: Type.Optional(StringEnum(CONVERSATION_TYPES, { description: 'only conversations of this type' })),
      contextType: Type.Optional(Text(field, { minLength: 1, description: 'only conversations about this type of context' })),
      contextId: Type.Optional(Text(field, { minLength: 1, description: 'only conversations about this context id' })),
      archived: Type.Optional(Type.Boolean({ default: false, description: 'the caller’s archived conversations instead' })),
      unread: Type.Optional(Type.Boolean({ description: 'only conversations with unread messages' })),
      q: Type.Optional(Text(200, { minLength: 1, description: 'words in the title, context title or other participants’ names or ids' })),
    },
    { additionalProperties: false },
  );
  const ReadBody = Type.Object(
    markReadFields,
    { additionalProperties: false, examples: [{ messageId: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' }] },
  );
  const ReadResult = Type.Object({ lastReadSeq: Type.Integer(), unreadCount: Type.Integer() });
  const ConversationRef = Type.Ref('Conversation');
  const UpdateBody = Type.Object(
    {
      title: Type.Optional(Type.Union([Title(limits.titleLength), Type.Null()])),
      status: Type.Optional(StringEnum(CONVERSATION_STATUSES)),
      metadata: Type.Optional(Type.Record(Type.String({ maxLength: 128 }), Type.Unknown())),
    },
    { additionalProperties: false, minProperties: 1, examples: [{ title: 'Camera pickup', status: 'closed' }] },
  );
  const ParticipantsBody = Type.Object(
    {
      userIds: Type.Array(Id(), { minItems: 1, maxItems: limits.groupParticipants }),
      role: Type.Optional(StringEnum(PARTICIPANT_ROLES)),
    },
    { additionalProperties: false, examples: [{ userIds: ['u_helper'], role: 'MEMBER' }] },
  );
  const ParticipantParams = Type.Object({ id: Id(), userId: Id() }, { additionalProperties: false });

  app.post(
    '/conversations',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'createConversation',
        tags: ['conversations'],
        summary: 'Start a conversation, or find the existing DIRECT one for this pair and context',
        description:
          'The caller joins as OWNER; the platform’s service key starts one on a user’s behalf with `createdBy` (for example when a booking is made), under the same one-per-pair-and-context rule. DIRECT takes exactly one other participant; asking again for the same pair and context answers the existing one with 200 (the optional message is then sent into it, once per `clientMessageId`: a retry that repeats it sends nothing twice), a new one 201. Any other type started with a `message` and its `clientMessageId` is started once: the same creator asking again with the same `clientMessageId` gets the first conversation and message with 200, and nothing is created or sent twice. `clientMessageId` without `message` is 400. A block in either direction between the creator and anyone named, whatever the type, answers 403 USER_BLOCKED; an erased user among the participants or as createdBy, 404.',
        body: CreateBody,
        response: {
          200: ConversationRef,
          201: ConversationRef,
          ...errorResponses(403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { createdBy, ...input } = request.body;
      const creator = await ctx.users.creatorFor(requireActor(request), createdBy);
      const result = await conversations.create(creator, input);
      return reply.status(result.created ? 201 : 200).send(result.conversation);
    },
  );

  app.get(
    '/conversations',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'listConversations',
        tags: ['conversations'],
        summary: 'The caller’s conversations, most recent activity first',
        description: 'Cursor-paginated; archived ones only with archived=true.',
        querystring: ListQuery,
        response: { 200: Page(ConversationRef) },
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
      config: { access: 'user' },
      schema: {
        operationId: 'getConversation',
        tags: ['conversations'],
        summary: 'One conversation',
        description: 'With its participants, last message, and the caller’s unread count and archive flag.',
        params: IdParams,
        response: { 200: ConversationRef, ...errorResponses(404) },
      },
    },
    async (request) => reading.getConversation(requireUser(request), request.params.id),
  );

  app.post(
    '/conversations/:id/read',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'markConversationRead',
        tags: ['conversations'],
        summary: 'Mark the conversation read up to a message (default: the latest)',
        description: 'Read pointers only move forward; works in closed conversations too.',
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
      config: { access: 'user' },
      schema: {
        operationId: 'updateConversation',
        tags: ['conversations'],
        summary: 'Change title, status or metadata (OWNER/ADMIN)',
        description:
          'A closed conversation refuses new messages, edits and reactions with 409 CONVERSATION_CLOSED. ' +
          'One that its context closed or froze (completed, cancelled, disputed) cannot be set back to active: 409 CONFLICT; while its context is disputed nothing of it changes: 409 CONVERSATION_CLOSED; ' +
          'the platform reopens it by changing the context’s state.',
        params: IdParams,
        body: UpdateBody,
        response: { 200: ConversationRef, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => conversations.update(requireUser(request), request.params.id, request.body),
  );

  app.delete(
    '/conversations/:id',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'deleteConversation',
        tags: ['conversations'],
        summary: 'Leave and hide it; an admin or the service key deletes it for everyone',
        description:
          'A participant leaves a GROUP and no longer sees it; the others keep it. A DIRECT conversation keeps its two participants: the caller hides it from their list until a new message arrives (it still opens by its id). A deletion for everyone removes its messages and their files, and the files uploaded for it and not sent yet. A deletion for everyone, and leaving a GROUP, wait for a dispute to end: while the context is disputed they answer 409 CONVERSATION_CLOSED.',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await conversations.remove(requireActor(request), request.params.id, originOf(request));
      return reply.status(204).send(null);
    },
  );

  for (const action of ['archive', 'unarchive'] as const) {
    app.post(
      `/conversations/:id/${action}`,
      {
        config: { access: 'user' },
        schema: {
          operationId: action === 'archive' ? 'archiveConversation' : 'unarchiveConversation',
          tags: ['conversations'],
          summary: action === 'archive' ? 'Archive it for the caller' : 'Bring it back from the caller’s archive',
          description:
            action === 'archive'
              ? 'Only the caller’s own flag; a new message brings it back.'
              : 'Only the caller’s own flag; the others are not told.',
          params: IdParams,
          body: NoBody(),
          response: { 200: ConversationRef, ...errorResponses(404) },
        },
      },
      async (request) => conversations.setArchived(requireUser(request), request.params.id, action === 'archive'),
    );
  }

  app.post(
    '/conversations/:id/participants',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'addParticipants',
        tags: ['conversations'],
        summary: 'Add participants, or change the role of present ones (OWNER/ADMIN; not DIRECT)',
        description:
          'Up to the group limit; unknown user ids are created as empty profiles. New participants join as `role` (default MEMBER). Naming a present participant with a `role` changes theirs; without one, it stays as it is. Only an OWNER grants OWNER or ADMIN, or changes the role of an OWNER or ADMIN (403), and a conversation keeps at least one OWNER (409). A block in either direction between the caller and anyone joining answers 403 USER_BLOCKED and adds nobody. While the conversation\'s context is disputed nobody is added: 409 CONVERSATION_CLOSED.',
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
      config: { access: 'user' },
      schema: {
        operationId: 'removeParticipant',
        tags: ['conversations'],
        summary: 'Remove a participant (OWNER/ADMIN), or leave (your own id)',
        description: 'The removed user keeps nothing of it in their list. While the conversation\'s context is disputed nobody is removed or leaves: 409 CONVERSATION_CLOSED.',
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
