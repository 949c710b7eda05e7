// Table shapes as Kysely sees them. Times are ISO-8601 UTC strings with milliseconds in both
// dialects (one representation, sorts correctly as text); JSON is stored as text; flags are 0/1.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  username: string | null;
  display_name: string | null;
  avatar_url: string | null;
  role: string;
  created_at: string;
  updated_at: string;
  erased_at: string | null;
}

export interface ConversationsTable {
  id: string;
  type: string;
  title: string | null;
  status: string;
  context_type: string | null;
  context_id: string | null;
  context_title: string | null;
  context: string | null;
  metadata: string;
  created_by: string;
  /** Hash of the user pair and context of a DIRECT conversation; unique, so asking twice finds one. */
  direct_key: string | null;
  last_seq: number;
  last_message_id: string | null;
  last_message_sender_id: string | null;
  last_message_preview: string | null;
  last_message_at: string | null;
  /** Sort key of the conversation list: the last message, or creation. */
  activity_at: string;
  created_at: string;
  updated_at: string;
  /** The state of the platform's context (contexts.state), kept with the row a send locks anyway. */
  context_state: string | null;
  /** The first non-SYSTEM message: when and by whom (response analytics). */
  first_message_at: string | null;
  first_sender_id: string | null;
  /** When someone other than the first sender first answered. */
  first_reply_at: string | null;
}

export interface ParticipantsTable {
  conversation_id: string;
  user_id: string;
  role: string;
  joined_at: string;
  last_read_seq: number;
  last_read_at: string | null;
  archived: number;
  hidden: number;
  /** Set when the user left or was removed; the row stays so history keeps its reader. */
  left_at: string | null;
}

export interface MessagesTable {
  id: string;
  conversation_id: string;
  seq: number;
  sender_id: string;
  content: string;
  message_type: string;
  reply_to_id: string | null;
  client_message_id: string | null;
  moderation_status: string;
  moderation_reasons: string;
  /** The text as sent, kept for moderators when moderation changed or flagged it. */
  original_content: string | null;
  edited_at: string | null;
  deleted_at: string | null;
  created_at: string;
}

export interface EventsTable {
  /** Position in the log; readers only pass positions whose transactions are all finished. A client's cursor is this number. */
  pos: Generated<number>;
  id: string;
  type: string;
  conversation_id: string | null;
  actor_id: string | null;
  /** A user who may see this event without being a participant (the blocker, the removed). */
  audience_user_id: string | null;
  /** 'conversation': participants see it; 'user': only audience_user_id; 'downstream': sinks only. */
  scope: string;
  data: string;
  created_at: string;
}

export interface ReactionsTable {
  message_id: string;
  user_id: string;
  emoji: string;
  created_at: string;
}

export interface BlocksTable {
  blocker_id: string;
  blocked_id: string;
  reason: string | null;
  created_at: string;
}

export interface ReportsTable {
  id: string;
  /** 'message', 'user' or 'conversation'. */
  target_type: string;
  target_id: string;
  /** The conversation of a reported message or conversation; null for a user. */
  conversation_id: string | null;
  reporter_id: string;
  reason: string;
  details: string | null;
  /** 'open' or 'resolved'. */
  status: string;
  resolution: string | null;
  note: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
}

/** A message the content policy flagged, until a moderator approves or removes it. */
export interface ModerationFlagsTable {
  message_id: string;
  conversation_id: string;
  sender_id: string;
  /** JSON: the matches, as offsets into the original text. */
  violations: string;
  /** JSON: the kinds that matched. */
  reasons: string;
  /** 1 when flagged because the sender was escalated, not (only) for what matched. */
  escalated: number;
  /** 'open', 'approved' or 'removed'. */
  status: string;
  note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

/** One masked or blocked message of a sender, for the escalation rule. */
export interface ModerationStrikesTable {
  user_id: string;
  at: string;
}

/** Append-only (triggers refuse UPDATE and DELETE); each row's hash chains it to the one before. */
export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_type: string;
  actor_id: string | null;
  actor_ip: string | null;
  actor_request_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_conversation_id: string | null;
  reason: string | null;
  note: string | null;
  prev_hash: string;
  hash: string;
}

export interface SinkPositionsTable {
  sink: string;
  position: number;
  updated_at: string;
  /** Tries of the batch after `position` that failed; 0 once it went. */
  failed_attempts: Generated<number>;
  /** The last position of that failing batch; null when none fails. */
  failing_through: number | null;
}

export interface DeadLettersTable {
  id: string;
  sink: string;
  event_pos: number;
  event_id: string;
  /** The event as it was sent (presented JSON), so a replay needs nothing else. */
  event: string;
  attempts: number;
  last_error: string;
  created_at: string;
  replayed_at: string | null;
}

export interface AttachmentsTable {
  id: string;
  uploader_id: string;
  /** The conversation named at upload: the file may be sent there only. */
  conversation_id: string | null;
  /** Set once, when a message carries the file; it is then visible to that conversation. */
  message_id: string | null;
  /**
   * 'pending' (a direct upload not yet checked), 'ready', or 'removed' (its bytes left storage;
   * the row, nameless, counts for the uploader's quota for a day).
   */
  state: string;
  name: string;
  mime_type: string;
  /** image, audio, video or file: decides the message type and the processing. */
  kind: string;
  size: number;
  width: number | null;
  height: number | null;
  storage_key: string;
  /** 'none' (not an image), 'pending' or 'ready'. */
  thumbnail_state: string;
  created_at: string;
  /** Set when the message was deleted: the row waits for its bytes to leave storage. */
  deleted_at: string | null;
}

/**
 * The search index, written from the event log after commit. PostgreSQL: a tsvector per
 * message. SQLite: a contentless FTS5 table keyed by the message's rowid (only `document`).
 */
export interface MessageSearchTable {
  message_id: string;
  conversation_id: string;
  created_at: string;
  document: string;
}

/**
 * The search index with encryption on (crypto/blind-index.ts): keyed hashes of word beginnings
 * instead of words. PostgreSQL: a tsvector of the hashes and the key they were made under.
 * SQLite: a contentless FTS5 table keyed by the message's rowid; the key is a token.
 */
export interface MessageSearchBlindTable {
  message_id: string;
  conversation_id: string;
  created_at: string;
  key_id: string;
  document: string;
}

/** A listing, job or booking as the platform describes it (PUT /contexts/{type}/{id}). */
export interface ContextsTable {
  type: string;
  id: string;
  title: string | null;
  image_url: string | null;
  url: string | null;
  owner_id: string | null;
  state: string;
  metadata: string;
  /** The platform's own version or time of this state: an older one arriving late changes nothing. */
  version: number | null;
  updated_at: string;
  /** completed/cancelled: when its conversations close (CONTEXT_CLOSE_AFTER_HOURS); null once done. */
  close_at: string | null;
  created_at: string;
  /** When it first reached `booked` (or `completed`, `disputed`); kept whatever the state since (analytics). */
  booked_at: string | null;
}

/** A context whose conversations lag its row: its last change is still being applied to them in batches. */
export interface ContextCatchUpTable {
  type: string;
  id: string;
  /** When the first change still unapplied was stored. */
  since: string;
}

/** Per responder per conversation: when the first message reached them and when they answered. */
export interface ResponseFactsTable {
  conversation_id: string;
  responder_id: string;
  first_at: string;
  responded_at: string | null;
}

/**
 * Response analytics kept current as messages arrive, one row per subject per day of first
 * message: reads sum at most `days` rows, whatever the length of the history.
 * scope 'responder' (subject: user id) or 'context' (subject: JSON [type, id], see contextSubject).
 */
export interface AnalyticsDailyTable {
  scope: string;
  subject: string;
  day: string;
  owner_id: string | null;
  conversations: number;
  answered: number;
  /** JSON object: response-time bucket → count (see domain/analytics.ts). */
  histogram: string;
}

/** An erasure's part left for later: the user's messages in a conversation whose context was disputed. */
export interface DeferredErasuresTable {
  user_id: string;
  conversation_id: string;
  /** When the erasure that left it was asked for. */
  since: string;
}

/** When each user's last connection closed (presence), kept across restarts. */
export interface LastSeenTable {
  user_id: string;
  seen_at: string;
}

/** Who was in a conversation deleted for everyone: their exports still list the moderators' reads of it. */
export interface FormerMembersTable {
  user_id: string;
  conversation_id: string;
  deleted_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface DB {
  users: UsersTable;
  conversations: ConversationsTable;
  participants: ParticipantsTable;
  messages: MessagesTable;
  events: EventsTable;
  reactions: ReactionsTable;
  blocks: BlocksTable;
  reports: ReportsTable;
  moderation_flags: ModerationFlagsTable;
  moderation_strikes: ModerationStrikesTable;
  audit_log: AuditLogTable;
  sink_positions: SinkPositionsTable;
  dead_letters: DeadLettersTable;
  attachments: AttachmentsTable;
  message_search: MessageSearchTable;
  message_search_blind: MessageSearchBlindTable;
  contexts: ContextsTable;
  context_catch_up: ContextCatchUpTable;
  deferred_erasures: DeferredErasuresTable;
  response_facts: ResponseFactsTable;
  analytics_daily: AnalyticsDailyTable;
  last_seen: LastSeenTable;
  former_members: FormerMembersTable;
  meta: MetaTable;
}
