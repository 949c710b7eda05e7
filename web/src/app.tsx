// Sign in, then the chat: the conversation list beside the open thread (one at a time on a
// phone-sized screen).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ParleyClient } from '../../packages/client/src/index.js';
import { ChatStore, type ChatState } from './chat-store.js';
import { ConversationList } from './components/conversation-list.js';
import { SignIn, type Session } from './components/sign-in.js';
import { ModerationNotice } from './components/notice.js';
import { ThreadView } from './components/thread.js';

export interface PageConfig {
  apiPrefix: string;
  devMode: boolean;
}

const SESSION_KEY = 'parley.session';

function savedSession(): Session | undefined {
  try {
    const saved = sessionStorage.getItem(SESSION_KEY);
    return saved ? (JSON.parse(saved) as Session) : undefined;
  } catch {
    return undefined;
  }
}

export function App({ config }: { config: PageConfig }) {
  const [session, setSession] = useState<Session | undefined>(savedSession);
  const signIn = (next: Session | undefined) => {
    if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    else {
      sessionStorage.removeItem(SESSION_KEY);
      // The next user does not start in this one's conversation.
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
    setSession(next);
  };
  if (!session) return <SignIn devMode={config.devMode} onSignIn={signIn} />;
  return <Chat key={session.userId} config={config} session={session} onSignOut={() => signIn(undefined)} />;
}

/** The open conversation lives in the address (`#c/<id>`): a reload reopens it, Back closes it. */
const CONVERSATION_HASH = /^#c\/([^/]+)$/;

function conversationInAddress(): string | undefined {
  const id = CONVERSATION_HASH.exec(location.hash)?.[1];
  if (id === undefined) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return undefined;
  }
}

/** Keeps the address and the open conversation in step, both ways. */
function useConversationInAddress(store: ChatStore, openId: string | undefined): void {
  useEffect(() => {
    const follow = () => {
      const wanted = conversationInAddress();
      if (wanted !== store.state.openId) void store.open(wanted);
    };
    follow();
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, [store]);
  useEffect(() => {
    // A render before the store's latest change (the first, while the address's conversation opens) says nothing.
    if (openId !== store.state.openId || conversationInAddress() === openId) return;
    const address = openId === undefined ? `${location.pathname}${location.search}` : `#c/${encodeURIComponent(openId)}`;
    // Opening one is a step Back undoes; closing it (or losing it) is not another step.
    if (openId === undefined) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  }, [store, openId]);
}

function useStore(store: ChatStore): ChatState {
  const [state, setState] = useState(store.state);
  useEffect(() => store.subscribe(() => setState(store.state)), [store]);
  return state;
}

function Chat({ config, session, onSignOut }: { config: PageConfig; session: Session; onSignOut: () => void }) {
  const store = useMemo(() => {
    const auth = session.token ? { token: session.token } : { devUserId: session.userId };
    return new ChatStore(new ParleyClient({ baseUrl: location.origin, apiPrefix: config.apiPrefix, auth }), session.userId);
  }, [config.apiPrefix, session]);
  useEffect(() => {
    store.start();
    return () => store.stop();
  }, [store]);
  const state = useStore(store);
  useConversationInAddress(store, state.openId);
  const open = state.conversations.find((c) => c.id === state.openId);
  const connecting = state.connection === 'connecting' || state.connection === 'reconnecting';

  return (
    <div class={`chat${open ? ' thread-open' : ''}`}>
      <header class="topbar">
        <h1>Parley</h1>
        <span class="whoami">
          Signed in as <strong>{session.userId}</strong>
        </span>
        <button type="button" class="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <div role="status" aria-live="polite" class={connecting ? 'banner' : 'visually-hidden'}>
        {connecting ? (state.connection === 'connecting' ? 'Connecting…' : 'Reconnecting…') : state.connection === 'connected' ? 'Connected' : ''}
      </div>
      <div class="panes">
        <ConversationList store={store} state={state} />
        {open ? (
          <ThreadView key={open.id} store={store} state={state} conversation={open} />
        ) : (
          <section class="thread empty" aria-label="No conversation open">
            {state.notice && <ModerationNotice notice={state.notice} onDismiss={() => store.dismissNotice()} />}
            <p>Choose a conversation, or start one.</p>
          </section>
        )}
      </div>
    </div>
  );
}
