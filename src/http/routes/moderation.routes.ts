// Moderators' routes: the review queue, decisions on messages and reports, audited reads.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { originOf, requireActor } from '../auth.plugin.js';
import { Cursor, errorResponses, IdParams, Limit, NonBlankText, Page, StringEnum, Text } from '../schemas/common.js';
import { MAX_SEQ, readTimelineCursor } from '../../domain/cursors.js';
import { ModeratorMessage, ModeratorReport, QueueItem } from '../schemas/moderation.js';

export const moderationRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { moderation } = ctx;
  const reasonLength = ctx.config.limits.reasonLength;
  const Note = Type.Optional(Text(reasonLength));

  app.get(
    '/admin/moderation/queue',
    {
      // Moderators, admins and the platform's backend only, checked as the request arrives:
      // a caller without the role learns nothing from validation.
      config: { access: 'moderator' },
      schema: {
        operationId: 'getModerationQueue',
        tags: ['moderation'],
        summary: 'Open items, oldest first: one per target, with its flag (original text, matched spans) and every open report',
        description: 'Flagged messages and reported messages, users and conversations, one item per target; cursor-paginated.',
        querystring: Type.Object({ limit: Limit(20), cursor: Type.Optional(Cursor) }, { additionalProperties: false }),
        response: { 200: Page(QueueItem) },
      },
    },
    async (request) => moderation.queue(requireActor(request), request.query.cursor, request.query.limit),
  );

  app.post(
    '/admin/messages/:id/moderation',
    {
      config: { access: 'moderator' },
      schema: {
        operationId: 'moderateMessage',
        tags: ['moderation'],
        summary: 'Approve a message (a flagged one becomes clean) or remove it (a tombstone for everyone); closes its flag and reports',
        description:
          'The decision is written to the audit log. Approving what is not under review (not flagged, no open flag or report: never, or no longer after another moderator\'s decision) changes nothing and is not audited; removing a removed message likewise.',
        params: IdParams,
        body: Type.Object(
          { action: StringEnum(['approve', 'remove']), note: Note },
          { additionalProperties: false, examples: [{ action: 'remove', note: 'shares a phone number' }] },
        ),
        response: { 200: ModeratorMessage, ...errorResponses(404, 409) },
      },
    },
    async (request) =>
      moderation.decide(requireActor(request), originOf(request), request.params.id, request.body.action, request.body.note ?? null),
  );

  app.post(
    '/admin/reports/:id/resolve',
    {
      config: { access: 'moderator' },
      schema: {
        operationId: 'resolveReport',
        tags: ['moderation'],
        summary: 'Resolve a report, with every other open report on the same target',
        description:
          'The resolution is written to the audit log. The queue item closes with its reports, unless the content policy flagged the message too: that flag waits for a decision on the message (approve or remove), which also closes its reports.',
        params: IdParams,
        body: Type.Object(
          { resolution: NonBlankText(reasonLength), note: Note },
          { additionalProperties: false, examples: [{ resolution: 'warned the user', note: 'first offence' }] },
        ),
        response: { 200: ModeratorReport, ...errorResponses(404, 409) },
      },
    },
    async (request) =>
      moderation.resolveReport(requireActor(request), originOf(request), request.params.id, {
        resolution: request.body.resolution,
        note: request.body.note ?? null,
      }),
  );

  const Seq = (description: string) => Type.Integer({ minimum: 0, maximum: MAX_SEQ, description });
  app.get(
    '/admin/conversations/:id/messages',
    {
      config: { access: 'moderator' },
      schema: {
        operationId: 'readConversationAsModerator',
        tags: ['moderation'],
        summary: 'Read any conversation, with the original text of moderated messages; the read and its reason are audited',
        description: 'Newest first (before=<seq>) or oldest first from a point (after=<seq>); the participants find the read in their export.',
        params: IdParams,
        querystring: Type.Object(
          {
            reason: NonBlankText(reasonLength, { description: 'why this conversation is read; written to the audit log' }),
            before: Type.Optional(Seq('newest first, from before this seq')),
            after: Type.Optional(Seq('oldest first, from after this seq')),
            limit: Limit(50),
            cursor: Type.Optional(Type.String({ pattern: '^\\d{1,10}$', description: 'nextCursor of the previous page' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(ModeratorMessage), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { reason, before, after, limit, cursor } = request.query;
      if (before !== undefined && after !== undefined) throw new AppError('VALIDATION_FAILED', 'give either before or after, not both');
      const from = cursor === undefined ? undefined : readTimelineCursor(cursor).seq;
      const position = after !== undefined ? { after: from ?? after } : { before: from ?? before };
      return moderation.readConversation(requireActor(request), originOf(request), request.params.id, {
        reason: reason.trim(),
        limit,
        ...position,
      });
    },
  );
};
