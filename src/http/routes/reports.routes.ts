import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { REPORT_TARGET_TYPES } from '../../domain/reports.service.js';
import { requireUser } from '../auth.plugin.js';
import { errorResponses, Id, NonBlankText, StringEnum, Text } from '../schemas/common.js';
import { Report } from '../schemas/moderation.js';

export const reportsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const reasonLength = ctx.config.limits.reasonLength;
  const ReportBody = Type.Object(
    {
      target: Type.Object(
        { type: StringEnum(REPORT_TARGET_TYPES), id: Id() },
        { additionalProperties: false },
      ),
      reason: NonBlankText(reasonLength),
      details: Type.Optional(Text(reasonLength)),
    },
    { additionalProperties: false, examples: [{ target: { type: 'user', id: 'u_scammer' }, reason: 'asks for payment outside the platform' }] },
  );

  app.post(
    '/reports',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'createReport',
        tags: ['moderation'],
        summary: 'Report a message, a user or a conversation to the moderators; reporting the same target again while that report is open answers it (200)',
        description:
          'A message or conversation the caller may not see answers 404. The first report is answered while it is open; once it is resolved, reporting the same target again makes a new report (201).',
        body: ReportBody,
        response: { 200: Report, 201: Report, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { target, reason, details } = request.body;
      const { report, created } = await ctx.reports.create(requireUser(request), target, {
        reason,
        ...(details !== undefined ? { details } : {}),
      });
      return reply.status(created ? 201 : 200).send(report);
    },
  );
};
