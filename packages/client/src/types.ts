// The shapes the client speaks, taken from the server's own schemas and type tables (type-only
// imports: nothing of the server is bundled), so a change on the server breaks the client's build.
import type { Static } from 'typebox';
import type * as Views from '../../../src/schemas/views.js';
import type { ConversationType, MessageType, ParticipantRole } from '../../../src/domain/types.js';
import type { ServerToClientEvents } from '../../../src/realtime/socket-events.js';

export type User = Static<typeof Views.User>;
export type UserSummary = Static<typeof Views.UserSummary>;
export type Conversation = Static<typeof Views.Conversation>;
export type Message = Static<typeof Views.Message>;
export type Attachment = Static<typeof Views.Attachment>;
export type Event = Static<typeof Views.Event>;
export type { ServerToClientEvents };

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface SyncPage {
  events: Event[];
  cursor: string;
  hasMore: boolean;
}

export interface ContextInput {
  type: string;
  id: string;
  title?: string;
  imageUrl?: string;
  url?: string;
  ownerId?: string;
}

export interface CreateConversationInput {
  type?: ConversationType;
  participantIds: string[];
  title?: string;
  context?: ContextInput;
  metadata?: Record<string, unknown>;
  message?: string;
}

export interface ConversationQuery {
  status?: string;
  type?: ConversationType;
  contextType?: string;
  contextId?: string;
  archived?: boolean;
  unread?: boolean;
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface SendMessageInput {
  content: string;
  messageType?: Exclude<MessageType, 'SYSTEM'>;
  replyToId?: string;
  attachmentIds?: string[];
  /** Made by the client when absent; the same id is never sent twice. */
  clientMessageId?: string;
}

export interface MessageQuery {
  before?: number;
  after?: number;
  limit?: number;
  cursor?: string;
}

/** A search result: the message and the conversation it was found in. */
export type SearchHit = Message & { conversation: { id: string; type: string; title: string | null } };

export type { ConversationType, MessageType, ParticipantRole };
