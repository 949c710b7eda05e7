import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { USER_ROLES } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { requireActor, requireService, requireUser } from '../auth.plugin.js';
import { errorResponses, Id, IdParams, Nullable, Text } from '../schemas/common.js';

const MAX_SYNC_USERS = 1000;

const ProfileFields = {
  username: Type.Optional(Nullable(Text(64, { minLength: 1 }))),
  displayName: Type.Optional(Nullable(Text(200))),
  avatarUrl: Type.Optional(Nullable(Type.String({ maxLength: 2048, format: 'uri' }))),
  role: Type.Optional(Type.Union(USER_ROLES.map((role) => Type.Literal(role)))),
};
const ProfileBody = Type.Object(ProfileFields, { additionalProperties: false });
const SyncBody = Type.Object(
  {
    users: Type.Array(Type.Object({ id: Id(), ...ProfileFields }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: MAX_SYNC_USERS,
    }),
  },
  { additionalProperties: false },
);
const TrialUserBody = Type.Object(
  { id: Type.Optional(Id()), username: Text(64, { minLength: 1 }), displayName: Type.Optional(Text(200)) },
  { additionalProperties: false },
);
const UserRef = Type.Ref('User');

export const usersRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { users } = ctx;

  app.put(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Create or update one profile (service key)',
        params: IdParams,
        body: ProfileBody,
        response: { 200: UserRef, ...errorResponses(403) },
      },
    },
    async (request) => {
      requireService(request);
      return users.upsert(request.params.id, request.body);
    },
  );

  app.post(
    '/users/sync',
    {
      schema: {
        tags: ['users'],
        summary: 'Create or update many profiles at once (service key)',
        body: SyncBody,
        response: { 200: Type.Object({ data: Type.Array(UserRef) }), ...errorResponses(403) },
      },
    },
    async (request) => {
      requireService(request);
      const ids = request.body.users.map((u) => u.id);
      if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION_FAILED', 'each user id may appear once');
      return { data: await users.sync(request.body.users) };
    },
  );

  app.post(
    '/users',
    {
      config: { public: true },
      schema: {
        tags: ['users'],
        summary: 'Create a user to try the service (dev mode only)',
        body: TrialUserBody,
        response: { 200: UserRef, 201: UserRef, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      if (!ctx.config.auth.devMode) throw new AppError('NOT_FOUND', 'no route POST /users');
      const { user, created } = await users.createForTrial(request.body);
      return reply.status(created ? 201 : 200).send(user);
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['users'], summary: 'The caller’s own profile', response: { 200: UserRef, ...errorResponses() } } },
    async (request) => users.get(requireUser(request).userId),
  );

  app.get(
    '/me/unread',
    {
      schema: {
        tags: ['users'],
        summary: 'Unread messages and conversations, for a badge',
        response: { 200: Type.Object({ totalUnread: Type.Integer(), conversations: Type.Integer() }), ...errorResponses() },
      },
    },
    async (request) => users.unread(requireUser(request)),
  );

  app.get(
    '/users/by-username/:username',
    {
      schema: {
        tags: ['users'],
        summary: 'A profile by username',
        params: Type.Object({ username: Text(64, { minLength: 1 }) }),
        response: { 200: UserRef, ...errorResponses(404) },
      },
    },
    async (request) => {
      requireActor(request);
      return users.getByUsername(request.params.username);
    },
  );

  app.get(
    '/users/:id',
    {
      schema: { tags: ['users'], summary: 'A profile', params: IdParams, response: { 200: UserRef, ...errorResponses(404) } },
    },
    async (request) => {
      requireActor(request);
      return users.get(request.params.id);
    },
  );
};
