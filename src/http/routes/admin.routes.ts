import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import type { Delivery } from '../../delivery/delivery.js';
import { AUDIT_ACTIONS } from '../../domain/audit.js';
import { isAdmin } from '../../domain/policies.js';
import { AppError } from '../../errors.js';
import { originOf, requireActor } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, IdParams, Limit, Page, Timestamp } from '../schemas/common.js';
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
    createdAt: Type.String(),
    replayedAt: Type.Union([Type.String(), Type.Null()]),
  });

  // Admins and the platform's backend only.
  // Checked as the request arrives: a caller without the role learns nothing from validation.
  app.addHook('onRequest', async (request) => {
    if (!isAdmin(requireActor(request))) throw new AppError('FORBIDDEN', 'this endpoint is for admins');
  });

  app.get(
    '/admin/events/dead-letters',
    {
      schema: {
        tags: ['admin'],
        summary: 'Events a sink gave up on after its last attempt, oldest first',
        querystring: Type.Object(
          { limit: Limit(20), cursor: Type.Optional(Cursor), includeReplayed: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: Page(DeadLetter), ...errorResponses(403) },
      },
    },
    async (request) => delivery.deadLetters(request.query.includeReplayed ?? false, request.query.cursor, request.query.limit),
  );

  app.post(
    '/admin/events/dead-letters/:id/replay',
    {
      schema: {
        tags: ['admin'],
        summary: 'Deliver a dead-lettered event to its sink again, now',
        params: IdParams,
        response: { 200: DeadLetter, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => delivery.replay(requireActor(request), originOf(request), request.params.id),
  );

  app.get(
    '/admin/audit-log',
    {
      schema: {
        tags: ['admin'],
        summary: 'Who did what to which object, when: newest first',
        querystring: Type.Object(
          {
            actorId: Type.Optional(Id()),
            action: Type.Optional(Type.Union(AUDIT_ACTIONS.map((a) => Type.Literal(a)))),
            targetId: Type.Optional(Id()),
            since: Type.Optional(Timestamp),
            limit: Limit(20),
            cursor: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'nextCursor of the previous page' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(AuditEntry), ...errorResponses(403) },
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
      schema: {
        tags: ['admin'],
        summary: 'Recompute the chain: ok with the count and the last hash, or the seq where an entry was changed, inserted or removed',
        response: { 200: AuditVerification, ...errorResponses(403) },
      },
    },
    async () => ctx.audit.verify(),
  );
};
