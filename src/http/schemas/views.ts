// Response shapes. They document the API and drive serialization, so they list every field
// the presenters produce.
import Type from 'typebox';
import { Nullable, Timestamp } from './common.js';

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
    role: Type.String(),
    createdAt: Timestamp,
  },
  { $id: 'User' },
);

export const Context = Type.Object({
  type: Type.String(),
  id: Type.String(),
  title: Type.Optional(Type.String()),
  imageUrl: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  ownerId: Type.Optional(Type.String()),
});

export const Participant = Type.Object({
  userId: Type.String(),
  role: Type.String(),
  joinedAt: Timestamp,
  lastReadSeq: Type.Integer(),
  user: UserSummary,
});

export const Conversation = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    title: Nullable(Type.String()),
    status: Type.String(),
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
    unreadCount: Type.Optional(Type.Integer()),
    archived: Type.Optional(Type.Boolean()),
  },
  { $id: 'Conversation' },
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
    messageType: Type.String(),
    replyToId: Nullable(Type.String()),
    replyTo: Nullable(
      Type.Object({ id: Type.String(), senderId: Type.String(), preview: Type.String(), isDeleted: Type.Boolean() }),
    ),
    attachments: Type.Array(Attachment),
    reactions: Type.Array(
      Type.Object({ emoji: Type.String(), count: Type.Integer(), userIds: Type.Array(Type.String()), me: Type.Boolean() }),
    ),
    readBy: Type.Array(Type.Object({ userId: Type.String(), readAt: Timestamp })),
    moderation: Type.Object({ status: Type.String(), reasons: Type.Array(Type.String()) }),
    isEdited: Type.Boolean(),
    editedAt: Nullable(Timestamp),
    isDeleted: Type.Boolean(),
    deletedAt: Nullable(Timestamp),
    clientMessageId: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { $id: 'Message' },
);

export const Event = Type.Object(
  {
    id: Type.String(),
    cursor: Type.String(),
    type: Type.String(),
    source: Type.String(),
    time: Timestamp,
    conversationId: Nullable(Type.String()),
    actorId: Nullable(Type.String()),
    data: Type.Unknown(),
  },
  { $id: 'Event' },
);
