import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { originOf, requireActor } from '../auth.plugin.js';
import { contentDisposition } from '../../presenters/attachments.presenter.js';
import { errorResponses, IdParams } from '../schemas/common.js';

const Rows = (description: string) => Type.Array(Type.Object({}, { additionalProperties: true }), { description });

const ExportDocument = Type.Object(
  {
    exportedAt: Type.String({ format: 'date-time' }),
    profile: Type.Ref('User'),
    lastSeenAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'When the user’s last connection closed (presence), as kept across restarts; null when never',
    }),
    conversations: Rows('Every conversation the user took part in, with its context'),
    messages: Rows('Every message the user sent: content, original text, attachments as links, reactions'),
    uploads: Rows(
      'Files the user uploaded and has not sent (yet), as in a message: links to download them. A direct upload announced and never completed holds no file and is not listed',
    ),
    reactions: Rows('Reactions the user made'),
    reports: Rows('Reports the user made'),
    blocks: Rows('Users the user blocked'),
    readPointers: Rows('How far the user read each conversation'),
    accessLog: Rows('Every moderator read of the user’s conversations (from the audit log)'),
  },
  { additionalProperties: false },
);

const ErasureSummary = Type.Object(
  {
    erased: Type.Literal(true),
    deferred: Type.Array(Type.String(), {
      description: 'Conversations in a disputed context: the user’s messages there are kept until the dispute ends, then erased by Parley',
    }),
    messages: Type.Integer({ description: 'Messages of the user turned into tombstones by this call' }),
  },
  { additionalProperties: false },
);

/**
 * A failure once the document has begun (a value under a key that is not configured) can only
 * cut the connection: the status is sent. The client sees an incomplete body; the log says why.
 */
async function* loggedIfCut(pieces: AsyncIterable<string>, request: FastifyRequest): AsyncGenerator<string> {
  try {
    yield* pieces;
  } catch (error) {
    request.log.error({ err: error, code: error instanceof AppError ? error.code : 'INTERNAL' }, 'the export stopped part way; its document was cut off');
    throw error;
  }
}

export const privacyRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { privacy } = ctx;

  app.get(
    '/users/:id/export',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'exportUser',
        tags: ['users'],
        summary: 'Everything Parley holds about a user, as one JSON document (GDPR access)',
        description:
          'The user themself or the service key; to anyone else the user does not exist (404). The document is streamed as it is read, and the export is audited. A failure once it has begun (a value sealed under a key that is not configured) ends the connection before the document is complete: a client must treat a body that is not whole JSON as a failed export.',
        params: IdParams,
        response: {
          200: { ...ExportDocument, headers: { 'Content-Disposition': { type: 'string', description: '`attachment; filename="parley-export-{id}.json"`' } } },
          ...errorResponses(404),
        },
      },
    },
    async (request, reply) => {
      const pieces = await privacy.startExport(requireActor(request), originOf(request), request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', `parley-export-${request.params.id}.json`))
        // The schema documents what the stream holds; Fastify does not serialise a stream.
        .send(Readable.from(loggedIfCut(pieces, request)) as unknown as Static<typeof ExportDocument>);
    },
  );

  app.delete(
    '/users/:id',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'eraseUser',
        tags: ['users'],
        summary: 'Erase a user (GDPR)',
        description:
          'The profile is anonymised; the user’s message contents, original texts, previews, reactions and files are removed from the messages, the event log, dead letters and the search index, and their response analytics as a responder are forgotten; other participants keep tombstones; Parley’s own notes that name the user (“Ann added Jane Doe”) show their id instead, in every conversation they were in; `user.erased` goes to the sinks; the other participants get a `message.deleted` per new tombstone and a `participant.removed` with `reason: "erased"` per conversation the user was still in, live and in /sync (at most 50,000 tombstones and 5,000 conversations are announced one by one, as a transaction’s events are bounded; past that, clients learn of it by loading the conversations again); a group whose last OWNER they were gets its longest-standing ADMIN or member as OWNER. The user leaves every conversation, and every instance forgets them at once: their tokens and dev-mode identity answer 401, their sockets get `auth_error` and are closed, and a send of theirs racing the erasure is either erased with the rest or refused. Idempotent: erasing twice, or a user Parley never knew, answers 200 with the same shape. Conversations in a disputed context (the user’s messages there with their files, and their membership) are left until the dispute ends and listed in `deferred`; Parley finishes the erasure there by itself once the dispute ends. The files the user uploaded and never sent go at once, those meant for a disputed conversation too. An admin cannot erase themselves, nor a user that ADMIN_USER_IDS names (409 CONFLICT): an erasure cannot be undone.',
        params: IdParams,
        response: { 200: ErasureSummary, ...errorResponses(409) },
      },
    },
    async (request) => privacy.erase(requireActor(request), originOf(request), request.params.id),
  );
};
