import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { MAX_EMOJI_LENGTH } from '../../domain/messages/emoji.js';
import { MAX_SEQ, TIMELINE_CURSOR_PATTERN } from '../../domain/cursors.js';
import { originOf, requireActor, requireUser } from '../auth.plugin.js';
import { errorResponses, Id, IdParams, Limit, NoBody, NonBlankText, Page, Text } from '../schemas/common.js';
import { Report } from '../schemas/moderation.js';
import { MessageText, sendMessageFields } from '../../schemas/messages.js';

export const messagesRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { sending, reading, editing, reactions, reports } = ctx;
  const limits = ctx.config.limits;

  const SendBody = Type.Object(sendMessageFields(limits, ctx.attachments.settings.maxPerMessage), {
    additionalProperties: false,
    examples: [{ content: 'Is this still available?', clientMessageId: 'c-123' }],
  });
  const Seq = (description: string) => Type.Integer({ minimum: 0, maximum: MAX_SEQ, description });
  const ListQuery = Type.Object(
    {
      before: Type.Optional(Seq('newest first, from before this seq')),
      after: Type.Optional(Seq('oldest first, from after this seq')),
      limit: Limit(50),
      cursor: Type.Optional(
        Type.String({
          pattern: TIMELINE_CURSOR_PATTERN,
          description: 'nextCursor of the previous page: it carries its direction, so before and after may be left out',
        }),
      ),
    },
    { additionalProperties: false },
  );
  const MessageRef = Type.Ref('Message');
  const EditBody = Type.Object(
    { content: MessageText(limits, 'the new text') },
    { additionalProperties: false, examples: [{ content: 'Is this still available? Pickup today works.' }] },
  );
  const Emoji = Type.String({ minLength: 1, maxLength: MAX_EMOJI_LENGTH, description: 'one emoji, or the :short_code: of one (such as :thumbsup:), which is stored as that emoji' });
  const ReactionBody = Type.Object({ emoji: Emoji }, { additionalProperties: false, examples: [{ emoji: '👍' }] });
  const ReactionParams = Type.Object({ id: Id(), emoji: Emoji }, { additionalProperties: false });
  const ReportBody = Type.Object(
    { reason: NonBlankText(limits.reasonLength), details: Type.Optional(Text(limits.reasonLength)) },
    { additionalProperties: false, examples: [{ reason: 'spam', details: 'asks to pay outside the platform' }] },
  );
  app.post(
    '/conversations/:id/messages',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'sendMessage',
        tags: ['messages'],
        summary: 'Send a message',
        description:
          'Moderated before it is stored: masked content comes back changed, refused content answers 422 with the violations. The same clientMessageId from the same sender answers the first message with 200 and sends nothing twice.',
        params: IdParams,
        body: SendBody,
        response: { 200: MessageRef, 201: MessageRef, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await sending.send(requireUser(request), request.params.id, request.body);
      return reply.status(result.created ? 201 : 200).send(result.message);
    },
  );

  app.get(
    '/conversations/:id/messages',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'listMessages',
        tags: ['messages'],
        summary: 'Messages: newest first (before=<seq>), or oldest first from a point (after=<seq>)',
        description: 'Give before or after, not both; nextCursor continues in the same direction.',
        params: IdParams,
        querystring: ListQuery,
        response: { 200: Page(MessageRef), ...errorResponses(404) },
      },
    },
    async (request) => reading.listMessages(requireUser(request), request.params.id, request.query),
  );

  app.get(
    '/messages/:id',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'getMessage',
        tags: ['messages'],
        summary: 'One message',
        description: 'A message of a conversation the caller takes part in.',
        params: IdParams,
        response: { 200: MessageRef, ...errorResponses(404) },
      },
    },
    async (request) => reading.getMessage(requireUser(request), request.params.id),
  );

  app.post(
    '/messages/:id/read',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'markMessageRead',
        tags: ['messages'],
        summary: 'Mark the conversation read up to this message',
        description: 'The same as POST /conversations/{id}/read with this message.',
        params: IdParams,
        body: NoBody(),
        response: { 200: Type.Object({ lastReadSeq: Type.Integer(), unreadCount: Type.Integer() }), ...errorResponses(404) },
      },
    },
    async (request) => reading.markReadThrough(requireUser(request), request.params.id),
  );

  app.patch(
    '/messages/:id',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'editMessage',
        tags: ['messages'],
        summary: 'Edit your message',
        description:
          'Only the sender; moderated again; isEdited and editedAt are set. The replaced text leaves the event log too: the message’s earlier events (message.sent, message.updated, message.received) and replies’ quotes in /sync show the new text.',
        params: IdParams,
        body: EditBody,
        response: { 200: MessageRef, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request) => editing.edit(requireUser(request), request.params.id, request.body.content),
  );

  app.delete(
    '/messages/:id',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'deleteMessage',
        tags: ['messages'],
        summary: 'Delete a message (its sender or a moderator); a tombstone keeps its place',
        description:
          'The tombstone has empty content and no attachments. Deleted by anyone but its sender (a moderator, the platform), it is a removal: moderation status `removed`, the text kept for moderators, audited as `message.deleted`. While the conversation’s context is disputed nothing in it is removed: 409 CONVERSATION_CLOSED, for moderators too (a moderator’s removal, which keeps the text for moderators, stays open).',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await editing.delete(requireActor(request), request.params.id, originOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/messages/:id/reactions',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'addReaction',
        tags: ['messages'],
        summary: 'React; one reaction per user per emoji (again answers 200)',
        description:
          'One emoji, or the GitHub/Slack :short_code: of one (":+1:", ":tada:"), stored as the emoji itself: ":+1:", ":thumbsup:" and "👍" are one reaction. A code that names no emoji, or more than one emoji, is refused with 400; a 21st different reaction of the same user on one message with 409 CONFLICT.',
        params: IdParams,
        body: ReactionBody,
        response: { 200: MessageRef, 201: MessageRef, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const result = await reactions.react(requireUser(request), request.params.id, request.body.emoji);
      return reply.status(result.created ? 201 : 200).send(result.message);
    },
  );

  app.delete(
    '/messages/:id/reactions/:emoji',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'removeReaction',
        tags: ['messages'],
        summary: 'Take your reaction back',
        description: 'The emoji is percent-encoded in the path. Allowed in a closed conversation (as deleting one’s own message is); a conversation frozen by a disputed context refuses it with 409 CONVERSATION_CLOSED.',
        params: ReactionParams,
        response: { 204: Type.Null(), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await reactions.unreact(requireUser(request), request.params.id, request.params.emoji);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/messages/:id/report',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'reportMessage',
        tags: ['messages'],
        summary: 'Report a message to the moderators',
        description: 'The report goes to the moderation queue. Reporting the same message again answers the first report (200) while it is open; once it is resolved, a new report (201).',
        params: IdParams,
        body: ReportBody,
        response: { 200: Report, 201: Report, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { reason, details } = request.body;
      const { report, created } = await reports.create(
        requireUser(request),
        { type: 'message', id: request.params.id },
        { reason, ...(details !== undefined ? { details } : {}) },
      );
      return reply.status(created ? 201 : 200).send(report);
    },
  );
};
