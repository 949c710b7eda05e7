// The client an application holds: REST calls, one live connection, typed events, and sends
// that survive a lost connection.
import type { Auth } from './auth.js';
import { resolveCredentials } from './auth.js';
import type { BackoffOptions } from './backoff.js';
import { ClientClosedError } from './errors.js';
import { Outbox, type PendingSend, SEND_TIMEOUT_MS } from './outbox.js';
import { type ConnectionState, RealtimeConnection } from './realtime.js';
import { type Query, Rest } from './rest.js';
import { type TransportFactory, type WebSocketConstructor, webSocketTransport } from './transport.js';
import type {
  Attachment,
  Conversation,
  ConversationQuery,
  CreateConversationInput,
  Message,
  MessageQuery,
  Page,
  SearchHit,
  SendMessageInput,
  ServerToClientEvents,
  SyncPage,
  User,
} from './types.js';
import { upload, type UploadOptions } from './upload.js';

export interface ParleyClientOptions {
  /** Where Parley runs, e.g. `http://localhost:8080` (in a browser: `location.origin`). */
  baseUrl: string;
  /** Parley's API_PREFIX. Default `/api/v1`. */
  apiPrefix?: string;
  auth: Auth;
  /** Default: the plain WebSocket. `socketIoTransport()` from `@parley/client/socket.io` for Socket.IO. */
  transport?: TransportFactory;
  /** On Node, the `ws` package's WebSocket (browsers have their own). */
  WebSocket?: WebSocketConstructor;
  fetch?: typeof fetch;
  reconnect?: BackoffOptions;
  /** How long a try of a send waits for Parley's answer before it is abandoned and tried again (same clientMessageId). Default 15,000 ms. */
  sendTimeoutMs?: number;
  /**
   * How long a page of the catch-up after each (re)connect waits for Parley's answer before the
   * connection is given up and opened again: the catch-up may meet a pooled HTTP connection that
   * died with the socket's. Default 15,000 ms.
   */
  catchUpTimeoutMs?: number;
  /** In a browser, drop and resume the connection on the `offline`/`online` events. Default true. */
  watchNetwork?: boolean;
}

/** Everything an application can listen to: the server's socket events plus the client's own. */
export interface ClientEvents extends ServerToClientEvents {
  connection_state: ConnectionState;
  /** The log no longer reaches back to where the client was: reload conversations and threads. */
  resync_required: Record<string, never>;
  /** The sends waiting for the connection, after every change. */
  outbox_changed: PendingSend[];
}

type Listener<T> = (payload: T) => void;

export class ParleyClient {
  readonly rest: Rest;
  private readonly connection: RealtimeConnection;
  private readonly outbox: Outbox;
  private readonly listeners = new Map<keyof ClientEvents, Set<Listener<never>>>();
  private readonly unwatch: () => void;

  constructor(private readonly options: ParleyClientOptions) {
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    const apiPrefix = options.apiPrefix ?? '/api/v1';
    this.rest = new Rest({ apiUrl: `${baseUrl}${apiPrefix}`, auth: options.auth, ...(options.fetch ? { fetch: options.fetch } : {}) });
    this.outbox = new Outbox(
      (conversationId, input, signal) =>
        this.rest.request<Message>('POST', `/conversations/${encodeURIComponent(conversationId)}/messages`, { body: input, signal }),
      (pending) => this.emit('outbox_changed', pending),
      options.reconnect,
      options.sendTimeoutMs,
    );
    this.connection = new RealtimeConnection({
      transport: options.transport ?? webSocketTransport(options.WebSocket),
      target: async () => ({ baseUrl, apiPrefix, credentials: await resolveCredentials(options.auth) }),
      sync: (since) => this.sync(since, undefined, AbortSignal.timeout(options.catchUpTimeoutMs ?? SEND_TIMEOUT_MS)),
      deliver: (name, payload) => this.emit(name as keyof ClientEvents, payload as never),
      stateChanged: (state) => {
        if (state === 'connected') this.outbox.retryNow();
        this.emit('connection_state', state);
      },
      resyncRequired: () => this.emit('resync_required', {}),
      ...(options.reconnect ? { backoff: options.reconnect } : {}),
    });
    this.unwatch = this.watchNetwork();
  }

  // ---- events

  /** Listens to an event by name; returns the function that stops listening. */
  on<K extends keyof ClientEvents>(name: K, listener: Listener<ClientEvents[K]>): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  private emit<K extends keyof ClientEvents>(name: K, payload: ClientEvents[K]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        (listener as Listener<ClientEvents[K]>)(payload);
      } catch (error) {
        // One faulty listener must not stop the others or the connection.
        console.error(`a ${String(name)} listener failed`, error);
      }
    }
  }

  // ---- the live connection

  connect(): void {
    this.connection.start();
  }

  /** Closes the connection and gives up on sends still waiting. */
  close(): void {
    this.unwatch();
    this.connection.stop();
    this.outbox.abandon((entry) => new ClientClosedError(entry.input.clientMessageId));
  }

  get connectionState(): ConnectionState {
    return this.connection.state;
  }

  /** The cursor of the last event handed to the application. */
  get cursor(): string | undefined {
    return this.connection.cursor;
  }

  /** Sends waiting for the connection (shown as "sending…" by a chat page). */
  get pendingSends(): PendingSend[] {
    return this.outbox.pending;
  }

  /** Receive typing indicators of this conversation (kept across reconnects). */
  joinConversation(conversationId: string): void {
    this.connection.join(conversationId);
  }

  leaveConversation(conversationId: string): void {
    this.connection.leave(conversationId);
  }

  setTyping(conversationId: string, isTyping: boolean): void {
    this.connection.send('typing_indicator', { conversationId, isTyping });
  }

  // ---- REST

  me = () => this.rest.request<User>('GET', '/me');
  unread = () => this.rest.request<{ totalUnread: number; conversations: number }>('GET', '/me/unread');
  getUser = (id: string) => this.rest.request<User>('GET', `/users/${encodeURIComponent(id)}`);

  listConversations = (query: ConversationQuery = {}) =>
    this.rest.request<Page<Conversation>>('GET', '/conversations', { query: query as Query });
  getConversation = (id: string) => this.rest.request<Conversation>('GET', `/conversations/${encodeURIComponent(id)}`);
  createConversation = (input: CreateConversationInput) => this.rest.request<Conversation>('POST', '/conversations', { body: input });
  markRead = (conversationId: string, messageId?: string) =>
    this.rest.request<{ lastReadSeq: number; unreadCount: number }>('POST', `/conversations/${encodeURIComponent(conversationId)}/read`, {
      body: messageId === undefined ? {} : { messageId },
    });

  listMessages = (conversationId: string, query: MessageQuery = {}) =>
    this.rest.request<Page<Message>>('GET', `/conversations/${encodeURIComponent(conversationId)}/messages`, { query: query as Query });
  getMessage = (id: string) => this.rest.request<Message>('GET', `/messages/${encodeURIComponent(id)}`);

  /**
   * Sends a message. Without a connection it waits in the outbox and goes once the connection
   * is back (same clientMessageId, so never twice). Rejects with ContentRejectedError (422,
   * with `violations`), ConflictError (409) or another ParleyError when Parley refuses it.
   */
  sendMessage = (conversationId: string, input: SendMessageInput) => this.outbox.send(conversationId, input);

  editMessage = (id: string, content: string) => this.rest.request<Message>('PATCH', `/messages/${encodeURIComponent(id)}`, { body: { content } });
  deleteMessage = (id: string) => this.rest.request<undefined>('DELETE', `/messages/${encodeURIComponent(id)}`);
  react = (id: string, emoji: string) =>
    this.rest.request<Message>('POST', `/messages/${encodeURIComponent(id)}/reactions`, { body: { emoji } });
  unreact = (id: string, emoji: string) =>
    this.rest.request<undefined>('DELETE', `/messages/${encodeURIComponent(id)}/reactions/${encodeURIComponent(emoji)}`);

  search = (q: string, options: { conversationId?: string; limit?: number; cursor?: string } = {}) =>
    this.rest.request<Page<SearchHit>>('GET', '/search', { query: { q, ...options } });
  presence = (userIds: string[]) =>
    this.rest.request<{ data: Array<{ userId: string; status: 'online' | 'offline'; lastSeenAt: string | null }> }>('GET', '/presence', {
      query: { userIds: userIds.join(',') },
    });

  /** Events after a cursor (without one: the head cursor and no events); `signal` gives up the request. */
  sync = (since?: string, limit?: number, signal?: AbortSignal) => this.rest.request<SyncPage>('GET', '/sync', { query: { since, limit }, signal });

  /** Uploads a file; send it by naming its id in `attachmentIds`. */
  uploadAttachment = (file: Blob, options?: UploadOptions): Promise<Attachment> => upload(this.rest, file, options);

  private watchNetwork(): () => void {
    const target = globalThis as { addEventListener?: (name: string, fn: () => void) => void; removeEventListener?: (name: string, fn: () => void) => void };
    if (this.options.watchNetwork === false || typeof target.addEventListener !== 'function' || !('navigator' in globalThis)) return () => {};
    const online = () => {
      this.connection.reconnectNow();
      this.outbox.retryNow();
    };
    const offline = () => this.connection.interrupt();
    target.addEventListener('online', online);
    target.addEventListener('offline', offline);
    return () => {
      target.removeEventListener?.('online', online);
      target.removeEventListener?.('offline', offline);
    };
  }
}
