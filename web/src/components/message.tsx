// One message. Everything a user wrote is rendered as text (Preact escapes it): never as HTML.
import type { Conversation, Message } from '../../../packages/client/src/index.js';
import { personName } from './names.js';
import { reasonText } from './notice.js';

const QUICK_REACTIONS = ['👍', '❤️', '😂'];

interface Props {
  message: Message;
  conversation: Conversation;
  me: string;
  onReply: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onReact: (emoji: string) => void;
  /** Fetches the message again for fresh signed links; resolves with it, or undefined. */
  onRefreshLinks: () => Promise<Message | undefined>;
}

export function MessageItem({ message, conversation, me, onReply, onEdit, onDelete, onReact, onRefreshLinks }: Props) {
  const mine = message.senderId === me;
  const sender = mine ? 'You' : personName(conversation, message.senderId);
  const time = new Date(message.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const readers = conversation.participants.filter((p) => p.userId !== me && p.lastReadSeq >= message.seq);

  if (message.messageType === 'SYSTEM') {
    return (
      <li class="message system" data-seq={message.seq}>
        <p class="content" dir="auto">{message.content}</p>
      </li>
    );
  }
  return (
    <li class={`message${mine ? ' mine' : ''}${message.isDeleted ? ' deleted' : ''}`} data-seq={message.seq} data-message-id={message.id}>
      <p class="meta">
        {/* Isolated: a name's direction controls cannot run into the time beside it. */}
        <bdi class="sender">{sender}</bdi> <time dateTime={message.createdAt}>{time}</time>
        {message.isEdited && !message.isDeleted && <span class="edited"> (edited)</span>}
      </p>
      <div class="bubble">
        {message.replyTo && (
          <blockquote class="reply-to" dir="auto">
            <span class="visually-hidden">In reply to: </span>
            {message.replyTo.isDeleted ? 'a deleted message' : message.replyTo.preview}
          </blockquote>
        )}
        {message.isDeleted ? (
          <p class="content tombstone">This message was deleted.</p>
        ) : (
          message.content && <p class="content" dir="auto">{message.content}</p>
        )}
        {!message.isDeleted && message.attachments.length > 0 && (
          <ul class="attachments" aria-label="Attachments">
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a
                  href={attachment.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={(event) => {
                    // A link signed long ago has expired: open the one of a fresh copy instead.
                    if (!linkExpired(attachment.url)) return;
                    event.preventDefault();
                    // The tab opens now, while the click counts as the user's (popup blockers), and
                    // goes to the fresh link once it is there.
                    const tab = window.open('about:blank', '_blank');
                    void onRefreshLinks().then((fresh) => {
                      const url = fresh?.attachments.find((a) => a.id === attachment.id)?.url;
                      if (!tab) return;
                      if (!url) return tab.close();
                      tab.opener = null;
                      tab.location.href = url;
                    });
                  }}
                >
                  {attachment.thumbnailUrl ? (
                    <img
                      class="thumbnail"
                      onError={(event) => {
                        // Expired (a page left open) or lost on the way: load it again from a fresh copy's link.
                        const img = event.currentTarget;
                        void onRefreshLinks().then((fresh) => {
                          const url = fresh?.attachments.find((a) => a.id === attachment.id)?.thumbnailUrl;
                          if (url) img.src = url;
                        });
                      }}
                      src={attachment.thumbnailUrl} alt={attachment.name} width={thumbSize(attachment.width, attachment.height)[0]} height={thumbSize(attachment.width, attachment.height)[1]} loading="lazy" />
                  ) : (
                    <span class="file">📎 {attachment.name}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        )}
        {message.moderation.status === 'masked' && !message.isDeleted && (
          <p class="moderation-note">
            {mine ? 'Parley hid' : 'Hidden by Parley'}: {message.moderation.reasons.map(reasonText).join(', ')}
          </p>
        )}
      </div>
      {message.reactions.length > 0 && (
        <ul class="reactions" aria-label="Reactions">
          {message.reactions.map((r) => (
            <li key={r.emoji}>
              <button type="button" aria-pressed={r.me} aria-label={`${r.emoji} ${r.count}${r.me ? ', including you' : ''}`} onClick={() => onReact(r.emoji)}>
                {r.emoji} {r.count}
              </button>
            </li>
          ))}
        </ul>
      )}
      {mine && !message.isDeleted && (
        <p class="status" data-testid="receipt">
          {readers.length === 0 ? 'Sent' : conversation.participants.length > 2 ? `Read by ${readers.length}` : 'Read'}
        </p>
      )}
      {!message.isDeleted && (
        <div class="actions" role="group" aria-label={`Actions for the message from ${sender}`}>
          <button type="button" onClick={onReply}>
            Reply
          </button>
          {QUICK_REACTIONS.map((emoji) => (
            <button key={emoji} type="button" aria-label={`React with ${emoji}`} onClick={() => onReact(emoji)}>
              {emoji}
            </button>
          ))}
          {mine && (
            <>
              <button type="button" onClick={onEdit}>
                Edit
              </button>
              <button type="button" onClick={onDelete}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Whether a signed link's `exp` (seconds) has passed, or is about to. */
function linkExpired(url: string): boolean {
  const exp = Number(new URL(url, window.location.href).searchParams.get('exp'));
  return Number.isFinite(exp) && exp > 0 && exp * 1000 < Date.now() + 2000;
}

/** Reserves the thumbnail's box before it loads, so the thread does not jump. */
function thumbSize(width: number | null, height: number | null): [number, number] {
  if (!width || !height) return [160, 120];
  const scale = Math.min(1, 240 / width, 180 / height);
  return [Math.round(width * scale), Math.round(height * scale)];
}
