// The conversation list: search, start a conversation, and each conversation with what it is
// about, its last message and an unread badge.
import { useState } from 'preact/hooks';
import type { ChatState, ChatStore } from '../chat-store.js';
import { conversationName } from './names.js';

export function ConversationList({ store, state }: { store: ChatStore; state: ChatState }) {
  const [userId, setUserId] = useState('');
  const [about, setAbout] = useState('');
  const start = (event: Event) => {
    event.preventDefault();
    if (!userId.trim()) return;
    void store.startConversation(userId, about).then((started) => {
      // A refused start keeps what was typed, beside the notice that says why.
      if (!started) return;
      setUserId('');
      setAbout('');
    });
  };

  return (
    <nav class="conversations" aria-label="Conversations">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="conversation-search" class="visually-hidden">
          Search conversations
        </label>
        <input
          id="conversation-search"
          type="search"
          placeholder="Search conversations"
          value={state.searchQuery}
          onInput={(e) => store.search(e.currentTarget.value)}
        />
      </form>
      <details class="start">
        <summary>Start a conversation</summary>
        <form onSubmit={start} aria-label="Start a conversation">
          <label for="start-user">With user id</label>
          <input id="start-user" required maxLength={128} value={userId} onInput={(e) => setUserId(e.currentTarget.value)} />
          <label for="start-about">About (optional)</label>
          <input id="start-about" maxLength={200} placeholder="e.g. Vintage camera" value={about} onInput={(e) => setAbout(e.currentTarget.value)} />
          <button type="submit">Start</button>
        </form>
      </details>
      {state.conversations.length === 0 ? (
        <p class="muted">{state.searchQuery ? 'No conversation matches.' : 'No conversations yet.'}</p>
      ) : (
        <ul>
          {state.conversations.map((conversation) => {
            const unread = conversation.unreadCount ?? 0;
            const name = conversationName(conversation, state.me);
            const open = conversation.id === state.openId;
            return (
              <li key={conversation.id}>
                <button
                  type="button"
                  class={`conversation${open ? ' open' : ''}${unread > 0 ? ' unread' : ''}`}
                  aria-current={open ? 'true' : undefined}
                  data-conversation-id={conversation.id}
                  onClick={() => void store.open(conversation.id)}
                >
                  <span class="row">
                    <span class="name" dir="auto">{name}</span>
                    {unread > 0 && (
                      <span class="badge" aria-label={`${unread} unread`} data-testid="unread-badge">
                        {unread}
                      </span>
                    )}
                  </span>
                  {conversation.context && (
                    <span class="context" dir="auto">
                      {conversation.context.type}: {conversation.context.title ?? conversation.context.id}
                    </span>
                  )}
                  <span class="preview" dir="auto">{conversation.lastMessage?.preview ?? 'No messages yet'}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {state.conversationsCursor !== null && (
        <button type="button" class="link" onClick={() => void store.loadMoreConversations()}>
          Load more conversations
        </button>
      )}
    </nav>
  );
}
