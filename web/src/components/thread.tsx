// One conversation: its messages (paged: older pages load as the user scrolls up), who is
// typing, the moderation notice and the composer.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Conversation, Message } from '../../../packages/client/src/index.js';
import type { ChatState, ChatStore } from '../chat-store.js';
import { Composer } from './composer.js';
import { MessageItem } from './message.js';
import { conversationName, personName } from './names.js';
import { ModerationNotice } from './notice.js';

const NEAR_EDGE_PX = 120;

export function ThreadView({ store, state, conversation }: { store: ChatStore; state: ChatState; conversation: Conversation }) {
  const thread = state.threads[conversation.id];
  const messages = thread?.messages ?? [];
  const outgoing = state.outgoing.filter((o) => o.conversationId === conversation.id);
  const [replyTo, setReplyTo] = useState<Message | undefined>();
  const [editing, setEditing] = useState<Message | undefined>();
  const name = conversationName(conversation, state.me);

  // Scrolling: stay at the bottom as messages arrive, keep the view still when older ones load above.
  const list = useRef<HTMLDivElement>(null);
  const shown = useRef({ firstId: '', lastId: '', height: 0, atBottom: true });
  const firstId = messages[0]?.id ?? '';
  const lastId = messages.at(-1)?.id ?? '';
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const before = shown.current;
    if (before.firstId && firstId !== before.firstId && lastId === before.lastId) {
      element.scrollTop += element.scrollHeight - before.height;
    } else if (before.atBottom || lastId !== before.lastId) {
      if (before.atBottom || messages.at(-1)?.senderId === state.me || !before.lastId) element.scrollTop = element.scrollHeight;
    }
    shown.current = { firstId, lastId, height: element.scrollHeight, atBottom: isAtBottom(element) };
  }, [firstId, lastId, outgoing.length]);

  const onScroll = () => {
    const element = list.current;
    if (!element) return;
    shown.current.atBottom = isAtBottom(element);
    shown.current.height = element.scrollHeight;
    if (element.scrollTop < NEAR_EDGE_PX) void store.loadOlder(conversation.id);
  };

  const typists = Object.keys(state.typing[conversation.id] ?? {})
    .filter((userId) => userId !== state.me)
    .map((userId) => ({ userId, name: personName(conversation, userId) }));

  const composer = useRef<HTMLTextAreaElement>(null);
  useEffect(() => composer.current?.focus(), [conversation.id, replyTo, editing]);

  return (
    <section class="thread" aria-labelledby="thread-title">
      <header class="thread-header">
        <button type="button" class="back" onClick={() => void store.open(undefined)} aria-label="Back to conversations">
          ←
        </button>
        <div class="thread-heading">
          <h2 id="thread-title" dir="auto">{name}</h2>
          {conversation.context && (
            <p class="context" dir="auto">
              {conversation.context.type}: {conversation.context.title ?? conversation.context.id}
            </p>
          )}
        </div>
      </header>
      <div class="messages" ref={list} onScroll={onScroll} role="log" aria-live="polite" aria-relevant="additions" aria-label={`Messages with ${name}`} tabIndex={0}>
        <ol>
        {thread?.hasOlder && (
          <li class="older">
            <button type="button" class="link" disabled={thread.loading} onClick={() => void store.loadOlder(conversation.id)}>
              {thread.loading ? 'Loading…' : 'Load older messages'}
            </button>
          </li>
        )}
        {thread?.loading && messages.length === 0 && <li class="muted">Loading…</li>}
        {messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            conversation={conversation}
            me={state.me}
            onReply={() => {
              setEditing(undefined);
              setReplyTo(message);
            }}
            onEdit={() => {
              setReplyTo(undefined);
              setEditing(message);
            }}
            onDelete={() => void store.remove(message)}
            onReact={(emoji) => void store.toggleReaction(message, emoji)}
            onRefreshLinks={() => store.refreshMessage(message)}
          />
        ))}
        {outgoing.map((o) => (
          <li key={o.clientMessageId} class="message mine pending" data-client-message-id={o.clientMessageId}>
            <div class="bubble">
              <p class="content" dir="auto">{o.content}</p>
            </div>
            <p class="status">{o.waiting || state.connection !== 'connected' ? 'Waiting for the connection…' : 'Sending…'}</p>
          </li>
        ))}
        </ol>
      </div>
      <p class="typing" aria-live="polite">
        {typists.length > 0 ? (
          <>
            {typists.map((typist, i) => (
              <span key={typist.userId}>
                {i > 0 ? ', ' : ''}
                <bdi>{typist.name}</bdi>
              </span>
            ))}{' '}
            {typists.length > 1 ? 'are' : 'is'} typing…
          </>
        ) : (
          ''
        )}
      </p>
      {state.notice && <ModerationNotice notice={state.notice} onDismiss={() => store.dismissNotice()} />}
      <Composer
        store={store}
        conversationId={conversation.id}
        inputRef={composer}
        replyTo={replyTo}
        editing={editing}
        replyName={replyTo ? personName(conversation, replyTo.senderId) : ''}
        onDone={() => {
          setReplyTo(undefined);
          setEditing(undefined);
        }}
        onEditRefused={(draft) => {
          setReplyTo(undefined);
          setEditing(draft);
        }}
        closed={conversation.status === 'closed'}
      />
    </section>
  );
}

function isAtBottom(element: HTMLElement): boolean {
  return element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_EDGE_PX;
}
