import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { MAX_WINDOW_DAYS } from '../../domain/analytics.service.js';
import { CONTEXT_STATES } from '../../domain/contexts.service.js';
import { StringEnum } from '../../schemas/primitives.js';
import { requireActor } from '../auth.plugin.js';
import { Cursor, errorResponses, Id, Limit, Nullable, Page } from '../schemas/common.js';

export const analyticsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const Days = Type.Integer({ minimum: 1, maximum: MAX_WINDOW_DAYS, default: 30, description: 'the window: conversations whose first message came in the last `days` days' });
  const Rate = Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'answered / conversations; null without conversations' }));
  const Seconds = (description: string) => Nullable(Type.Integer({ minimum: 0, description }));

  app.get(
    '/analytics/responders/:userId',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'getResponderAnalytics',
        tags: ['analytics'],
        summary: 'How quickly and how often a user answers the conversations others start with them',
        description:
          'A conversation counts when someone else sent its first non-SYSTEM message to the user in the window; it is answered when ' +
          'the user’s first message came within 24 hours; the response time is the time to that first message (exact under a minute, ' +
          'to the minute under an hour, to five minutes under a day). For that user, the service key or an admin; 404 for anyone else.',
        params: Type.Object({ userId: Id('the responder: a seller, host or worker') }, { additionalProperties: false }),
        querystring: Type.Object({ days: Days }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            userId: Type.String(),
            days: Type.Integer(),
            conversations: Type.Integer(),
            answered: Type.Integer(),
            responseRate: Rate,
            responseTimeMedianSeconds: Seconds('median response time of the answered conversations'),
            responseTimeP90Seconds: Seconds('90th percentile response time of the answered conversations'),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => ctx.analytics.responder(requireActor(request), request.params.userId, request.query.days),
  );

  app.get(
    '/analytics/contexts',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'listContextAnalytics',
        tags: ['analytics'],
        summary: 'Per context: conversations, answered within 24 hours, first-response median, booked',
        description:
          'The service key or an admin for any owner; a user for the contexts they own (ownerId defaults to the caller; another ' +
          'owner answers 404). Contexts with conversations started in the window, in context order.',
        querystring: Type.Object(
          {
            ownerId: Type.Optional(Id('only contexts this user owns (a user may ask only for their own)')),
            contextType: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'only contexts of this type' })),
            days: Days,
            limit: Limit(20),
            cursor: Type.Optional(Cursor),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Page(
            Type.Object({
              context: Type.Object({
                type: Type.String(),
                id: Type.String(),
                title: Nullable(Type.String()),
                ownerId: Nullable(Type.String()),
                state: Type.Union([StringEnum(CONTEXT_STATES), Type.Null()], {
                  description: 'open until the platform sets another; null only when no conversation about the context remains and the platform never described it',
                }),
              }),
              conversations: Type.Integer(),
              answered: Type.Integer(),
              responseRate: Rate,
              firstResponseMedianSeconds: Seconds('median time to the first answer'),
              booked: Type.Boolean({ description: 'the context reached booked (booked, completed or disputed)' }),
            }),
          ),
          ...errorResponses(404),
        },
      },
    },
    async (request) => {
      const { ownerId, contextType, days, cursor, limit } = request.query;
      return ctx.analytics.contexts(requireActor(request), {
        days,
        limit,
        ...(ownerId !== undefined ? { ownerId } : {}),
        ...(contextType !== undefined ? { contextType } : {}),
        ...(cursor !== undefined ? { cursor } : {}),
      });
    },
  );
};
