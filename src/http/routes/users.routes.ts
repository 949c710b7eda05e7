import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { AppContext } from '../../context.js';
import { USER_ROLES } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { requireUser } from '../auth.plugin.js';
import { AvatarUrl, DisplayName, Username } from '../../schemas/users.js';
import { errorResponses, Id, IdParams, Nullable, StringEnum, Text } from '../schemas/common.js';

const MAX_SYNC_USERS = 1000;

const ProfileFields = {
  username: Type.Optional(Nullable(Username)),
  displayName: Type.Optional(Nullable(DisplayName)),
  avatarUrl: Type.Optional(Nullable(AvatarUrl)),
  role: Type.Optional(StringEnum(USER_ROLES)),
};
const ProfileBody = Type.Object(ProfileFields, {
  additionalProperties: false,
  examples: [{ username: 'seller123', displayName: 'Jane Seller', avatarUrl: 'https://cdn.example.com/jane.png' }],
});
const SyncBody = Type.Object(
  {
    users: Type.Array(Type.Object({ id: Id(), ...ProfileFields }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: MAX_SYNC_USERS,
    }),
  },
  { additionalProperties: false, examples: [{ users: [{ id: 'u_seller', username: 'seller123', displayName: 'Jane Seller' }] }] },
);
const TrialUserBody = Type.Object(
  { id: Type.Optional(Id()), username: Username, displayName: Type.Optional(DisplayName) },
  { additionalProperties: false, examples: [{ username: 'alice', displayName: 'Alice' }] },
);
const UserRef = Type.Ref('User');

export const usersRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { users } = ctx;

  app.put(
    '/users/:id',
    {
      config: { access: 'service' },
      schema: {
        operationId: 'upsertUser',
        tags: ['users'],
        summary: 'Create or update one profile (service key)',
        description:
          'The platform pushes a profile; fields left out keep their value. A role set here stands when a token carries no role claim, on every instance at once (with `REDIS_URL`; instances without it read it within a minute). An erased user’s id answers 409: it is nobody’s any more.',
        params: IdParams,
        body: ProfileBody,
        response: { 200: UserRef, ...errorResponses(409) },
      },
    },
    async (request) => users.upsert(request.params.id, request.body),
  );

  app.post(
    '/users/sync',
    {
      config: { access: 'service' },
      schema: {
        operationId: 'syncUsers',
        tags: ['users'],
        summary: 'Create or update many profiles at once (service key)',
        description: `Up to ${MAX_SYNC_USERS} profiles, all or nothing; each id may appear once. An erased user’s id among them answers 409 and stores nothing.`,
        body: SyncBody,
        response: { 200: Type.Object({ data: Type.Array(UserRef) }), ...errorResponses(409) },
      },
    },
    async (request) => {
      const ids = request.body.users.map((u) => u.id);
      if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION_FAILED', 'each user id may appear once');
      return { data: await users.sync(request.body.users) };
    },
  );

  app.post(
    '/users',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'createTrialUser',
        tags: ['users'],
        summary: 'Create a user to try the service (dev mode only)',
        description:
          'Answers 404 unless AUTH_DEV_MODE is on. An id is made when none is given; an existing id answers 200 with its username ' +
          'and display name set to the ones given (dev mode trusts every caller, as it does X-User-ID), an erased one 409.',
        body: TrialUserBody,
        response: { 200: UserRef, 201: UserRef, ...errorResponses(404, 409) },
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
    {
      config: { access: 'user' },
      schema: {
        operationId: 'getMe',
        tags: ['users'],
        summary: 'The caller’s own profile',
        description: 'Made or refreshed from the token’s claims on the first call.',
        response: { 200: UserRef },
      },
    },
    async (request) => users.me(requireUser(request).userId),
  );

  app.get(
    '/me/unread',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'getMyUnread',
        tags: ['users'],
        summary: 'Unread messages and conversations, for a badge',
        description: 'Counts over the caller’s conversations that are not archived.',
        response: {
          200: Type.Object({
            totalUnread: Type.Integer({ description: 'unread messages (deleted ones left out)' }),
            conversations: Type.Integer({ description: 'conversations with unread messages' }),
          }),
        },
      },
    },
    async (request) => users.unread(requireUser(request)),
  );

  app.get(
    '/users/by-username/:username',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'getUserByUsername',
        tags: ['users'],
        summary: 'A profile by username',
        description:
          'Finds a user to start a conversation with. Usernames come from the platform and from identity claims and are not unique ' +
          'in Parley: when more than one user holds the name, 409 CONFLICT (look them up by id), so that no one receives what was meant for another.',
        params: Type.Object({ username: Text(64, { minLength: 1, description: 'The username' }) }),
        response: { 200: UserRef, ...errorResponses(404, 409) },
      },
    },
    async (request) => users.getByUsername(request.params.username),
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'userOrService' },
      schema: {
        operationId: 'getUser',
        tags: ['users'],
        summary: 'A profile',
        description: 'Any user’s public profile.',
        params: IdParams,
        response: { 200: UserRef, ...errorResponses(404) },
      },
    },
    async (request) => users.get(request.params.id),
  );
};
