import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { CONTEXT_STATES } from '../../domain/contexts.service.js';
import { requireActor, requireService } from '../auth.plugin.js';
import { ContextType, errorResponses, Id, NonBlankText, Nullable, StringEnum, Timestamp, Title, WebUrl } from '../schemas/common.js';

export const contextsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const field = ctx.config.limits.contextFieldLength;
  const KeyParams = Type.Object(
    {
      type: ContextType(),
      id: NonBlankText(field, { description: 'the platform’s id of the context' }),
    },
    { additionalProperties: false },
  );
  const ContextBody = Type.Object(
    {
      title: Type.Optional(Nullable(Title(field))),
      imageUrl: Type.Optional(Nullable(WebUrl(field))),
      url: Type.Optional(Nullable(WebUrl(field))),
      ownerId: Type.Optional(Nullable(Id('the seller, host or worker the context belongs to'))),
      state: Type.Optional(StringEnum(CONTEXT_STATES, { description: 'shapes every conversation about the context' })),
      metadata: Type.Optional(Type.Record(Type.String({ maxLength: 128 }), Type.Unknown())),
      version: Type.Optional(
        Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'the platform’s version: one not newer than the stored one changes nothing' }),
      ),
      updatedAt: Type.Optional({ ...Timestamp, description: 'or the time of this change: the last write by updatedAt wins, compared as instants (any offset; stored in UTC with milliseconds); a time more than a day ahead of the server is refused (400)' }),
    },
    {
      additionalProperties: false,
      examples: [{ title: 'Lakeside cabin, 3 nights', ownerId: 'u_host', state: 'booked', version: 7 }],
    },
  );

  app.put(
    '/contexts/:type/:id',
    {
      config: { access: 'service' },
      schema: {
        operationId: 'putContext',
        tags: ['contexts'],
        summary: 'Create or update a context; a state change applies to every conversation about it',
        description:
          'open, booked (phone numbers and emails allowed), completed and cancelled (conversations close after CONTEXT_CLOSE_AFTER_HOURS, and open again when a later state is open or booked), ' +
          'disputed (conversations frozen and kept from erasure). Each state change writes a SYSTEM message into each conversation and ' +
          'the events context.updated and conversation.updated. The context commits first; its conversations then follow in batches, ' +
          'each conversation at once (a message sent meanwhile lands before its note or is judged by the new state), and the answer comes ' +
          'once every conversation shows the change. A 503 means Parley stopped on the way: the change is stored and reaches the rest ' +
          'after its next start, or with the next PUT. Repeating a change, or receiving an older one (by version or updatedAt), changes ' +
          'nothing and notes no conversation twice. A state set before any conversation exists applies to those created later. ' +
          'Fields left out keep their values; the first PUT (201) on a context known only from its conversations keeps the title, ' +
          'imageUrl and url the first of them gave, but not its ownerId: only the platform names an owner.',
        params: KeyParams,
        body: ContextBody,
        response: { 200: Type.Ref('ContextRecord'), 201: Type.Ref('ContextRecord'), ...errorResponses() },
      },
    },
    async (request, reply) => {
      requireService(request);
      const { type, id } = request.params;
      const { context, created } = await ctx.contexts.upsert(type, id, request.body);
      return reply.status(created ? 201 : 200).send(context);
    },
  );

  app.get(
    '/contexts/:type/:id',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'getContext',
        tags: ['contexts'],
        summary: 'A context, its state and its conversations’ count',
        description:
          'For the service key, or a participant of one of its conversations; 404 for anyone else. A context the platform has not described yet (no PUT) is shown as the first conversation about it described it (the caller’s, for a user), in state open.',
        params: KeyParams,
        response: { 200: Type.Ref('ContextRecord'), ...errorResponses(404) },
      },
    },
    async (request) => ctx.contexts.get(requireActor(request), request.params.type, request.params.id),
  );
};
