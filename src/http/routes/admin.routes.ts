import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import type { Delivery } from '../../delivery/delivery.js';
import { AUDIT_ACTIONS } from '../../domain/audit.js';
import { originOf, requireActor } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, IdParams, Limit, NoBody, Page, StringEnum, Timestamp } from '../schemas/common.js';
import { EncryptionStatus } from '../schemas/encryption.js';
import { AuditEntry, AuditVerification } from '../schemas/moderation.js';

export const adminRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext; delivery: Delivery }> = async (app, { ctx, delivery }) => {
  const DeadLetter = Type.Object({
    id: Type.String(),
    sink: Type.String(),
    eventId: Type.String(),
    cursor: Type.String(),
    event: Type.Ref('Event'),
    attempts: Type.Integer(),
    lastError: Type.String(),
    createdAt: Timestamp,
    replayedAt: Type.Union([Timestamp, Type.Null()]),
  });

  app.get(
    '/admin/events/dead-letters',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'listDeadLetters',
        tags: ['admin'],
        summary: 'Events a sink gave up on after its last attempt, oldest first',
        description: 'Replayed ones only with includeReplayed=true.',
        querystring: Type.Object(
          {
            limit: Limit(20),
            cursor: Type.Optional(Cursor),
            includeReplayed: Type.Optional(Type.Boolean({ description: 'list the ones already replayed too' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(DeadLetter) },
      },
    },
    async (request) => delivery.deadLetters(request.query.includeReplayed ?? false, request.query.cursor, request.query.limit),
  );

  app.post(
    '/admin/events/dead-letters/:id/replay',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'replayDeadLetter',
        tags: ['admin'],
        summary: 'Deliver a dead-lettered event to its sink again, now',
        description:
          'The event goes as the log holds it now: a text edited, deleted or erased since it was dead-lettered goes out edited or blanked, as a retry would send it (one the log no longer holds goes as it was dead-lettered). Answers the dead letter with its replay time; 409 when it was replayed already, or its sink is gone or refuses it again.',
        params: IdParams,
        body: NoBody(),
        response: { 200: DeadLetter, ...errorResponses(404, 409) },
      },
    },
    async (request) => delivery.replay(requireActor(request), originOf(request), request.params.id),
  );

  app.get(
    '/admin/encryption',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'getEncryptionStatus',
        tags: ['admin'],
        summary: 'Which key seals how many stored values, and the progress of the last rotation',
        description: 'Counts messages, originals, previews, event payloads, dead letters, the search index and files per key id. A key with no values left can be removed from ENCRYPTION_KEYS.',
        response: { 200: EncryptionStatus },
      },
    },
    async () => ctx.encryption.status(),
  );

  app.post(
    '/admin/encryption/rotate',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'rotateEncryptionKey',
        tags: ['admin'],
        summary: 'Re-seal every stored value under the first key of ENCRYPTION_KEYS, in the background',
        description:
          'Answers 202 at once; progress shows in GET /admin/encryption. The walk is paced by ENCRYPTION_ROTATION_VALUES_PER_SECOND and resumes after a restart. 409 when encryption is off.',
        body: NoBody(),
        response: { 202: EncryptionStatus, ...errorResponses(409) },
      },
    },
    async (request, reply) => reply.status(202).send(await ctx.encryption.rotate(requireActor(request), originOf(request))),
  );

  app.get(
    '/admin/audit-log',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'listAuditLog',
        tags: ['admin'],
        summary: 'Who did what to which object, when: newest first',
        description: 'Entries are only ever appended, each chained to the previous one by an HMAC; cursor-paginated.',
        querystring: Type.Object(
          {
            actorId: Type.Optional(Id('only what this user did')),
            action: Type.Optional(StringEnum(AUDIT_ACTIONS, { description: 'only this action' })),
            targetId: Type.Optional(Id('only what was done to this object')),
            since: Type.Optional(Type.String({ format: 'date-time', description: 'only entries at or after this time' })),
            limit: Limit(20),
            cursor: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'nextCursor of the previous page' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(AuditEntry) },
      },
    },
    async (request) => {
      const { actorId, action, targetId, since, limit, cursor } = request.query;
      const filters = {
        ...(actorId !== undefined ? { actorId } : {}),
        ...(action !== undefined ? { action } : {}),
        ...(targetId !== undefined ? { targetId } : {}),
        ...(since !== undefined ? { since: new Date(since).toISOString() } : {}),
      };
      return ctx.audit.list(filters, limit, cursor === undefined ? undefined : Number(cursor));
    },
  );

  app.get(
    '/admin/audit-log/verify',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'verifyAuditLog',
        tags: ['admin'],
        summary: 'Recompute the chain: ok with the count and the last hash, or the seq where an entry was changed, inserted or removed',
        description: 'Finds an entry changed, inserted or removed directly in the database.',
        response: { 200: AuditVerification },
      },
    },
    async () => ctx.audit.verify(),
  );
};
