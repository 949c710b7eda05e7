// Response shapes, shared by HTTP (serialization, the OpenAPI document), the socket events and
// @parley/client. They list every field the presenters produce.
import Type from 'typebox';
import { CONTEXT_STATES } from '../domain/contexts.service.js';
import { EVENT_TYPES } from '../domain/events.js';
import { CONVERSATION_STATUSES, CONVERSATION_TYPES, MESSAGE_TYPES, PARTICIPANT_ROLES, USER_ROLES } from '../domain/types.js';
import { Nullable, StringEnum, Timestamp } from './primitives.js';

/** The contract's `moderation.status` and `moderation.reasons` values. */
const MODERATION_STATUSES = ['clean', 'masked', 'flagged', 'removed'] as const;
const MODERATION_REASONS = ['phone', 'email', 'url', 'handle', 'profanity', 'custom'] as const;

export const UserSummary = Type.Object({
  id: Type.String(),
  username: Nullable(Type.String()),
  displayName: Nullable(Type.String()),
  avatarUrl: Nullable(Type.String()),
});

export const User = Type.Object(
  {
    id: Type.String(),
    username: Nullable(Type.String()),
    displayName: Nullable(Type.String()),
    avatarUrl: Nullable(Type.String()),
    role: StringEnum(USER_ROLES),
    createdAt: Timestamp,
  },
  { $id: 'User', description: 'A user, as the platform or their token describes them' },
);

export const Context = Type.Object({
  type: Type.String(),
  id: Type.String(),
  title: Type.Optional(Type.String()),
  imageUrl: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  ownerId: Type.Optional(Type.String()),
  state: Type.Optional(StringEnum(CONTEXT_STATES, { description: 'the context’s state, once the platform set it (PUT /contexts)' })),
});

export const Participant = Type.Object({
  userId: Type.String(),
  role: StringEnum(PARTICIPANT_ROLES),
  joinedAt: Timestamp,
  lastReadSeq: Type.Integer(),
  user: UserSummary,
});

export const Conversation = Type.Object(
  {
    id: Type.String(),
    type: StringEnum(CONVERSATION_TYPES),
    title: Nullable(Type.String()),
    status: StringEnum(CONVERSATION_STATUSES),
    context: Nullable(Context),
    metadata: Type.Record(Type.String(), Type.Unknown()),
    createdBy: Type.String(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    lastMessageAt: Nullable(Timestamp),
    lastSeq: Type.Integer(),
    lastMessage: Nullable(
      Type.Object({ id: Type.String(), senderId: Type.String(), preview: Type.String(), createdAt: Timestamp }),
    ),
    participants: Type.Array(Participant),
    unreadCount: Type.Optional(Type.Integer({ description: 'the caller’s own: messages after their read pointer, deleted ones left out' })),
    archived: Type.Optional(Type.Boolean({ description: 'the caller’s own' })),
  },
  { $id: 'Conversation', description: 'A conversation, as the caller sees it' },
);

export const Attachment = Type.Object({
  id: Type.String(),
  name: Type.String(),
  mimeType: Type.String({ description: 'judged by the bytes, not by what the client said' }),
  size: Type.Integer({ description: 'bytes, as stored (images after re-encoding)' }),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  url: Type.String({ description: 'a short-lived link signed for the viewer; works without an Authorization header' }),
  thumbnailUrl: Nullable(Type.String({ description: 'the same for the WebP thumbnail of an image; null for other files' })),
});

export const Message = Type.Object(
  {
    id: Type.String(),
    conversationId: Type.String(),
    seq: Type.Integer(),
    senderId: Type.String(),
    sender: UserSummary,
    content: Type.String(),
    messageType: StringEnum(MESSAGE_TYPES),
    replyToId: Nullable(Type.String()),
    replyTo: Nullable(
      Type.Object({ id: Type.String(), senderId: Type.String(), preview: Type.String(), isDeleted: Type.Boolean() }),
    ),
    attachments: Type.Array(Attachment),
    reactions: Type.Array(
      Type.Object({ emoji: Type.String(), count: Type.Integer(), userIds: Type.Array(Type.String()), me: Type.Boolean() }),
    ),
    readBy: Type.Array(Type.Object({ userId: Type.String(), readAt: Timestamp })),
    moderation: Type.Object({ status: StringEnum(MODERATION_STATUSES), reasons: Type.Array(StringEnum(MODERATION_REASONS)) }),
    isEdited: Type.Boolean(),
    editedAt: Nullable(Timestamp),
    isDeleted: Type.Boolean(),
    deletedAt: Nullable(Timestamp),
    clientMessageId: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { $id: 'Message', description: 'A message; a deleted one is a tombstone with empty content' },
);

export const Event = Type.Object(
  {
    id: Type.String(),
    cursor: Type.String({ description: 'give it to /sync as `since` to continue after this event' }),
    type: StringEnum(EVENT_TYPES),
    source: Type.Literal('parley'),
    time: Timestamp,
    conversationId: Nullable(Type.String()),
    actorId: Nullable(Type.String()),
    data: Type.Unknown({ description: 'the payload of this type of event' }),
  },
  { $id: 'Event', description: 'One entry of the event log' },
);

/**
 * A listing, job or booking as the platform keeps it (PUT and GET /contexts/{type}/{id}).
 * Registered with the other shared shapes at the root: a schema added inside a route plugin
 * gives that plugin a schema controller of its own, which validates with Fastify's default
 * compiler (coercing types, dropping unknown fields) instead of Parley's.
 */
export const ContextRecord = Type.Object(
  {
    type: Type.String(),
    id: Type.String(),
    title: Nullable(Type.String()),
    imageUrl: Nullable(Type.String()),
    url: Nullable(Type.String()),
    ownerId: Nullable(Type.String()),
    state: StringEnum(CONTEXT_STATES),
    metadata: Type.Record(Type.String(), Type.Unknown()),
    version: Nullable(Type.Integer()),
    updatedAt: Timestamp,
    closesAt: Nullable(Timestamp),
    conversations: Type.Integer({ description: 'conversations about this context' }),
  },
  { $id: 'ContextRecord', description: 'A listing, job or booking as the platform keeps it' },
);
