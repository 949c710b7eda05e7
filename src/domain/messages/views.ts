// Messages as responses and events show them: with their senders, replies, reactions, read
// receipts and attachments, loaded once per page. Attachment links are signed for the viewer;
// without a viewer (the copy written to the event log) they are plain paths, signed for each
// recipient when the event is delivered.
import type { AttachmentUrlSigner } from '../../attachments/url-signer.js';
import { presentAttachment } from '../../presenters/attachments.presenter.js';
import { type MessageView, presentMessage } from '../../presenters/messages.presenter.js';
import type { MessageRow } from '../../storage/messages.repository.js';
import type { Store } from '../../storage/store.js';

/** Presents messages of one conversation with their senders, replies, read receipts and files. */
export async function presentMessages(
  store: Store,
  links: AttachmentUrlSigner,
  conversationId: string,
  rows: MessageRow[],
  viewerId?: string,
): Promise<MessageView[]> {
  if (rows.length === 0) return [];
  const replyIds = rows.flatMap((r) => (r.reply_to_id ? [r.reply_to_id] : []));
  const [senders, replies, readPointers, reactions, files] = await Promise.all([
    store.users.findMany(rows.map((r) => r.sender_id)),
    store.messages.findMany(replyIds),
    store.messages.readPointers(conversationId),
    store.messages.reactionsOf(rows.map((r) => r.id)),
    store.attachments.ofMessages(rows.map((r) => r.id)),
  ]);
  return rows.map((row) => {
    const sender = senders.get(row.sender_id);
    const replyTo = row.reply_to_id ? replies.get(row.reply_to_id) : undefined;
    return presentMessage(
      row,
      {
        readPointers,
        reactions: reactions.get(row.id) ?? [],
        attachments: (files.get(row.id) ?? []).map((file) => presentAttachment(file, links, viewerId)),
        ...(sender ? { sender } : {}),
        ...(replyTo ? { replyTo } : {}),
      },
      viewerId,
    );
  });
}

export async function presentOneMessage(store: Store, links: AttachmentUrlSigner, row: MessageRow, viewerId?: string): Promise<MessageView> {
  const [view] = await presentMessages(store, links, row.conversation_id, [row], viewerId);
  return view as MessageView;
}
