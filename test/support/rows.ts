// Stored rows as the repositories write them, for tests that put data in the database directly
// or hand rows to storage's pure functions.
import type { MessageRow } from '../../src/storage/messages.repository.js';

/** A plain text message, as a send would store it; any column can be given. */
export const messageRow = (fields: Pick<MessageRow, 'id' | 'conversation_id' | 'seq' | 'sender_id' | 'content'> & Partial<MessageRow>): MessageRow => ({
  message_type: 'TEXT',
  reply_to_id: null,
  client_message_id: null,
  moderation_status: 'clean',
  moderation_reasons: '[]',
  original_content: null,
  edited_at: null,
  deleted_at: null,
  created_at: new Date().toISOString(),
  ...fields,
});
