// The page's state and everything that changes it: what the client hands over (events, sends,
// connection state) and what the user does. Components read a snapshot and call its actions.
import {
  type Attachment,
  type ConnectionState,
  ContentRejectedError,
  type Conversation,
  type Message,
  newClientMessageId,
  type ParleyClient,
  ParleyError,
  type PendingSend,
  type Violation,
} from '../../packages/client/src/index.js';

const PAGE_SIZE = 50;
/** Conversations listed at a time: the API's largest page. */
const CONVERSATIONS_PAGE = 100;
const TYPING_SHOWN_MS = 10_000;
/** A message's links are fetched afresh at most this often. */
const REFRESH_AGAIN_MS = 5_000;

export interface Thread {
  /** Oldest first. Only the pages scrolled to are loaded. */
  messages: Message[];
  hasOlder: boolean;
  loading: boolean;
}

/** A message the user sent that Parley has not answered yet. */
export interface Outgoing {
  clientMessageId: string;
  conversationId: string;
  content: string;
  waiting: boolean;
}

export type Notice =
  | { kind: 'masked'; reasons: string[] }
  | { kind: 'rejected'; content: string; violations: Violation[] }
  | { kind: 'error'; message: string };

export interface ChatState {
  me: string;
  connection: ConnectionState;
  conversations: Conversation[];
  /** Where the next page of the list starts; null once every conversation is listed. */
  conversationsCursor: string | null;
  searchQuery: string;
  openId: string | undefined;
  threads: Record<string, Thread>;
  outgoing: Outgoing[];
  /** conversationId -> userId -> when the indicator lapses */
  typing: Record<string, Record<string, number>>;
  notice: Notice | undefined;
}

export class ChatStore {
  state: ChatState;
  private readonly listeners = new Set<() => void>();
  private readonly stops: Array<() => void> = [];
  private readonly refreshedAt = new Map<string, number>();
  private typingTimer: ReturnType<typeof setInterval> | undefined;
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly client: ParleyClient,
    me: string,
  ) {
    this.state = {
      me,
      connection: 'idle',
      conversations: [],
      conversationsCursor: null,
      searchQuery: '',
      openId: undefined,
      threads: {},
      outgoing: [],
      typing: {},
      notice: undefined,
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(change: Partial<ChatState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  // ---- life

  start(): void {
    const { client } = this;
    this.stops.push(
      client.on('connection_state', (connection) => this.set({ connection })),
      client.on('new_message', (message) => this.messageArrived(message)),
      client.on('message_updated', (message) => this.replaceMessage(message)),
      client.on('message_deleted', (gone) => this.messageDeleted(gone.conversationId, gone.id, gone.deletedAt)),
      client.on('message_reaction', (r) => this.patchMessage(r.conversationId, r.messageId, (m) => withReaction(m, r, this.state.me))),
      client.on('message_read', (read) => this.readMoved(read.conversationId, read.userId, read.lastReadSeq)),
      client.on('conversation_created', (conversation) => this.upsertConversation(conversation)),
      client.on('conversation_updated', (conversation) => this.upsertConversation(conversation)),
      client.on('conversation_deleted', (gone) => this.conversationGone(gone.id, 'This conversation was deleted.')),
      // The user themselves removed (or left from another tab): the conversation is no longer theirs to see.
      client.on('user_left_conversation', (left) => {
        if (left.userId !== this.state.me) return;
        this.conversationGone(left.conversationId, left.removedBy === this.state.me ? 'You left this conversation.' : 'You were removed from this conversation.');
      }),
      client.on('typing_indicator', (t) => this.typingChanged(t.conversationId, t.userId, t.isTyping)),
      client.on('outbox_changed', (pending) => this.outboxChanged(pending)),
      client.on('resync_required', () => void this.reload()),
      // Refused credentials end the connection (an expired token is tried again first): say so.
      client.on('auth_error', (refusal) => {
        if (refusal.reason !== 'TOKEN_EXPIRED') this.set({ notice: { kind: 'error', message: `Signed out: ${refusal.message}. Sign in again.` } });
      }),
    );
    client.connect();
    void this.loadConversations();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    clearInterval(this.typingTimer);
    clearTimeout(this.readTimer);
    clearTimeout(this.searchTimer);
    this.client.close();
  }

  private async reload(): Promise<void> {
    this.set({ threads: {} });
    await this.loadConversations();
    if (this.state.openId) await this.loadThread(this.state.openId);
  }

  // ---- conversations

  /** Takes a conversation the user can no longer see out of the list; if it was open, says why. */
  private conversationGone(conversationId: string, why: string): void {
    const wasOpen = this.state.openId === conversationId;
    this.set({
      conversations: this.state.conversations.filter((c) => c.id !== conversationId),
      openId: wasOpen ? undefined : this.state.openId,
      ...(wasOpen ? { notice: { kind: 'error' as const, message: why } } : {}),
    });
  }

  /** A page of the list as the search box filters it, from `cursor` or from the start. */
  private listPage(cursor?: string) {
    const q = this.state.searchQuery.trim();
    return this.client.listConversations({ limit: CONVERSATIONS_PAGE, ...(cursor ? { cursor } : {}), ...(q ? { q } : {}) });
  }

  async loadConversations(): Promise<void> {
    try {
      const page = await this.listPage();
      this.set({ conversations: sortConversations(page.data), conversationsCursor: page.nextCursor });
    } catch (error) {
      this.fail(error);
    }
  }

  /** The next page of the list, after those shown (any that moved up meanwhile are not listed twice). */
  async loadMoreConversations(): Promise<void> {
    const cursor = this.state.conversationsCursor;
    if (cursor === null) return;
    try {
      const page = await this.listPage(cursor);
      const shown = new Set(this.state.conversations.map((c) => c.id));
      this.set({
        conversations: sortConversations([...this.state.conversations, ...page.data.filter((c) => !shown.has(c.id))]),
        conversationsCursor: page.nextCursor,
      });
    } catch (error) {
      this.fail(error);
    }
  }

  search(query: string): void {
    this.set({ searchQuery: query });
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.loadConversations(), 250);
  }

  /** Starts (or finds) a conversation and opens it. Resolves false when Parley refused, and the notice says why. */
  async startConversation(userId: string, about: string): Promise<boolean> {
    try {
      const title = about.trim();
      const context = title ? { type: 'listing', id: slug(title), title } : undefined;
      const conversation = await this.client.createConversation({ participantIds: [userId.trim()], ...(context ? { context } : {}) });
      this.upsertConversation(conversation);
      await this.open(conversation.id);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  async open(conversationId: string | undefined): Promise<void> {
    const previous = this.state.openId;
    if (previous && previous !== conversationId) this.client.leaveConversation(previous);
    this.set({ openId: conversationId, notice: undefined });
    if (!conversationId) return;
    this.client.joinConversation(conversationId);
    if (!this.state.threads[conversationId]) await this.loadThread(conversationId);
    this.markRead(conversationId);
  }

  private upsertConversation(incoming: Conversation): void {
    const existing = this.state.conversations.find((c) => c.id === incoming.id);
    // An event's view is nobody's in particular: keep the caller's own counters.
    const merged: Conversation = {
      ...incoming,
      unreadCount: incoming.unreadCount ?? existing?.unreadCount ?? 0,
      archived: incoming.archived ?? existing?.archived ?? false,
    };
    const others = this.state.conversations.filter((c) => c.id !== incoming.id);
    this.set({ conversations: sortConversations([merged, ...others]) });
  }

  private patchConversation(id: string, change: (c: Conversation) => Conversation): void {
    this.set({ conversations: sortConversations(this.state.conversations.map((c) => (c.id === id ? change(c) : c))) });
  }

  private readMoved(conversationId: string, userId: string, lastReadSeq: number): void {
    this.patchConversation(conversationId, (c) => ({
      ...c,
      participants: c.participants.map((p) => (p.userId === userId ? { ...p, lastReadSeq: Math.max(p.lastReadSeq, lastReadSeq) } : p)),
      unreadCount: userId === this.state.me ? Math.max(0, c.lastSeq - lastReadSeq) : c.unreadCount,
    }));
  }

  /** Marks the open conversation read once the user can see it (debounced). */
  private markRead(conversationId: string): void {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => {
      const conversation = this.state.conversations.find((c) => c.id === conversationId);
      if (!conversation || (conversation.unreadCount ?? 0) === 0) return;
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      this.patchConversation(conversationId, (c) => ({ ...c, unreadCount: 0 }));
      this.client.markRead(conversationId).catch(() => {});
    }, 150);
  }

  // ---- messages

  private async loadThread(conversationId: string): Promise<void> {
    this.setThread(conversationId, { messages: [], hasOlder: false, loading: true });
    try {
      const page = await this.client.listMessages(conversationId, { limit: PAGE_SIZE });
      const live = this.state.threads[conversationId]?.messages ?? [];
      this.setThread(conversationId, { messages: mergeMessages(page.data.reverse(), live), hasOlder: page.nextCursor !== null, loading: false });
    } catch (error) {
      this.setThread(conversationId, { messages: [], hasOlder: false, loading: false });
      this.fail(error);
    }
  }

  async loadOlder(conversationId: string): Promise<void> {
    const thread = this.state.threads[conversationId];
    const oldest = thread?.messages[0];
    if (!thread || !oldest || !thread.hasOlder || thread.loading) return;
    this.setThread(conversationId, { ...thread, loading: true });
    try {
      const page = await this.client.listMessages(conversationId, { before: oldest.seq, limit: PAGE_SIZE });
      const current = this.state.threads[conversationId] ?? thread;
      this.setThread(conversationId, { messages: mergeMessages(page.data.reverse(), current.messages), hasOlder: page.nextCursor !== null, loading: false });
    } catch (error) {
      this.setThread(conversationId, { ...thread, loading: false });
      this.fail(error);
    }
  }

  private setThread(conversationId: string, thread: Thread): void {
    this.set({ threads: { ...this.state.threads, [conversationId]: thread } });
  }

  private messageArrived(message: Message): void {
    const thread = this.state.threads[message.conversationId];
    if (thread) this.setThread(message.conversationId, { ...thread, messages: mergeMessages(thread.messages, [message]) });
    const known = this.state.conversations.some((c) => c.id === message.conversationId);
    if (!known) {
      void this.client.getConversation(message.conversationId).then((c) => this.upsertConversation(c), () => {});
    } else {
      const mine = message.senderId === this.state.me;
      this.patchConversation(message.conversationId, (c) => ({
        ...c,
        lastSeq: Math.max(c.lastSeq, message.seq),
        lastMessageAt: message.createdAt,
        lastMessage: { id: message.id, senderId: message.senderId, preview: preview(message), createdAt: message.createdAt },
        unreadCount: mine ? 0 : (c.unreadCount ?? 0) + 1,
      }));
    }
    this.typingChanged(message.conversationId, message.senderId, false);
    if (this.state.openId === message.conversationId) this.markRead(message.conversationId);
  }

  private replaceMessage(message: Message): void {
    this.messageChanged(message.conversationId, message.id, { preview: message.isDeleted ? '' : preview(message), isDeleted: message.isDeleted }, () => message);
  }

  private messageDeleted(conversationId: string, messageId: string, deletedAt: string): void {
    // A tombstone as the server shows it: no text, files, reactions or quote of what it answered.
    this.messageChanged(conversationId, messageId, { preview: '', isDeleted: true }, (m) => ({
      ...m,
      isDeleted: true,
      deletedAt,
      content: '',
      attachments: [],
      reactions: [],
      replyToId: null,
      replyTo: null,
    }));
    // A deleted message no longer counts as unread; the server knows whether it was.
    if ((this.state.conversations.find((c) => c.id === conversationId)?.unreadCount ?? 0) > 0) {
      this.client.getConversation(conversationId).then(
        (fresh) => this.patchConversation(conversationId, (c) => ({ ...c, unreadCount: fresh.unreadCount })),
        () => {},
      );
    }
  }

  /**
   * A message changed: its bubble, the quotes of replies to it and, when it is the latest, the
   * conversation list's line all show the new text (nothing once deleted), whether or not the
   * message itself is loaded here.
   */
  private messageChanged(conversationId: string, messageId: string, quote: { preview: string; isDeleted: boolean }, change: (m: Message) => Message): void {
    const thread = this.state.threads[conversationId];
    if (thread) {
      this.setThread(conversationId, {
        ...thread,
        messages: thread.messages.map((m) => {
          if (m.id === messageId) return change(m);
          return m.replyTo?.id === messageId ? { ...m, replyTo: { ...m.replyTo, ...quote } } : m;
        }),
      });
    }
    const conversation = this.state.conversations.find((c) => c.id === conversationId);
    if (conversation?.lastMessage?.id === messageId) {
      this.patchConversation(conversationId, (c) => ({ ...c, lastMessage: c.lastMessage && { ...c.lastMessage, preview: quote.preview } }));
    }
  }

  /**
   * The message again, with fresh signed links: they last ATTACHMENT_URL_TTL_SECONDS, and a page
   * stays open longer. At most once every few seconds per message, so a file that is really gone
   * does not loop.
   */
  async refreshMessage(message: Message): Promise<Message | undefined> {
    const now = Date.now();
    if (now - (this.refreshedAt.get(message.id) ?? 0) < REFRESH_AGAIN_MS) return undefined;
    this.refreshedAt.set(message.id, now);
    try {
      const fresh = await this.client.getMessage(message.id);
      this.replaceMessage(fresh);
      return fresh;
    } catch {
      return undefined;
    }
  }

  private patchMessage(conversationId: string, messageId: string, change: (m: Message) => Message): void {
    const thread = this.state.threads[conversationId];
    if (!thread) return;
    this.setThread(conversationId, { ...thread, messages: thread.messages.map((m) => (m.id === messageId ? change(m) : m)) });
  }

  /** Sends from the composer. Resolves true when the text may be cleared. */
  async send(conversationId: string, content: string, extra: { replyToId?: string; attachmentIds?: string[] }): Promise<boolean> {
    const clientMessageId = newClientMessageId();
    this.set({ notice: undefined, outgoing: [...this.state.outgoing, { clientMessageId, conversationId, content, waiting: false }] });
    this.client.setTyping(conversationId, false);
    const done = () => this.set({ outgoing: this.state.outgoing.filter((o) => o.clientMessageId !== clientMessageId) });
    const sending = this.client.sendMessage(conversationId, { content, clientMessageId, ...extra });
    sending.then(
      (message) => {
        done();
        this.messageArrived(message);
        if (message.moderation.status === 'masked') this.set({ notice: { kind: 'masked', reasons: message.moderation.reasons } });
      },
      (error: unknown) => {
        done();
        this.fail(error, content);
      },
    );
    // The text stays in the composer when Parley refused it (moderation, a closed conversation, a
    // block...), so nothing the user wrote is lost; sends waiting for the network are the outbox's.
    return sending.then(
      () => true,
      (error: unknown) => !(error instanceof ParleyError),
    ).catch(() => true);
  }

  async edit(message: Message, content: string): Promise<boolean> {
    try {
      const updated = await this.client.editMessage(message.id, content);
      this.replaceMessage(updated);
      if (updated.moderation.status === 'masked') this.set({ notice: { kind: 'masked', reasons: updated.moderation.reasons } });
      return true;
    } catch (error) {
      this.fail(error, content);
      return !(error instanceof ContentRejectedError);
    }
  }

  async remove(message: Message): Promise<void> {
    await this.client.deleteMessage(message.id).catch((error: unknown) => this.fail(error));
  }

  async toggleReaction(message: Message, emoji: string): Promise<void> {
    const mine = message.reactions.some((r) => r.emoji === emoji && r.me);
    await (mine ? this.client.unreact(message.id, emoji) : this.client.react(message.id, emoji)).catch((error: unknown) => this.fail(error));
  }

  uploadAttachment(file: File, conversationId: string, onProgress: (sent: number, total: number) => void): Promise<Attachment> {
    return this.client.uploadAttachment(file, { conversationId, onProgress });
  }

  private outboxChanged(pending: PendingSend[]): void {
    const waiting = new Set(pending.filter((p) => p.attempts > 0 && p.lastError !== undefined).map((p) => p.input.clientMessageId));
    this.set({ outgoing: this.state.outgoing.map((o) => ({ ...o, waiting: waiting.has(o.clientMessageId) })) });
  }

  // ---- typing

  typing(conversationId: string, isTyping: boolean): void {
    this.client.setTyping(conversationId, isTyping);
  }

  private typingChanged(conversationId: string, userId: string, isTyping: boolean): void {
    const current = { ...(this.state.typing[conversationId] ?? {}) };
    if (isTyping) current[userId] = Date.now() + TYPING_SHOWN_MS;
    else if (current[userId] === undefined) return;
    else delete current[userId];
    this.set({ typing: { ...this.state.typing, [conversationId]: current } });
    this.typingTimer ??= setInterval(() => this.lapseTyping(), 1000);
  }

  private lapseTyping(): void {
    const now = Date.now();
    let lapsed = false;
    const typing: ChatState['typing'] = {};
    for (const [conversationId, users] of Object.entries(this.state.typing)) {
      const live = Object.entries(users).filter(([, until]) => until > now);
      lapsed ||= live.length !== Object.keys(users).length;
      typing[conversationId] = Object.fromEntries(live);
    }
    if (lapsed) this.set({ typing });
  }

  // ---- notices

  dismissNotice(): void {
    this.set({ notice: undefined });
  }

  private fail(error: unknown, content?: string): void {
    if (error instanceof ContentRejectedError && content !== undefined) {
      this.set({ notice: { kind: 'rejected', content, violations: error.violations } });
    } else {
      this.set({ notice: { kind: 'error', message: error instanceof ParleyError || error instanceof Error ? error.message : String(error) } });
    }
  }
}

/** Messages by seq, each once; a later copy of a message replaces an earlier one. */
export function mergeMessages(a: Message[], b: Message[]): Message[] {
  const byId = new Map<string, Message>();
  for (const message of [...a, ...b]) byId.set(message.id, message);
  return [...byId.values()].sort((x, y) => x.seq - y.seq);
}

function sortConversations(list: Conversation[]): Conversation[] {
  const at = (c: Conversation) => c.lastMessageAt ?? c.createdAt;
  return [...list].sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0));
}

function withReaction(
  message: Message,
  change: { emoji: string; userId: string; action: 'added' | 'removed' },
  me: string,
): Message {
  const reactions = message.reactions.map((r) => ({ ...r, userIds: [...r.userIds] }));
  let entry = reactions.find((r) => r.emoji === change.emoji);
  if (change.action === 'added') {
    if (!entry) reactions.push((entry = { emoji: change.emoji, count: 0, userIds: [], me: false }));
    if (!entry.userIds.includes(change.userId)) {
      entry.userIds.push(change.userId);
      entry.count++;
    }
  } else if (entry?.userIds.includes(change.userId)) {
    entry.userIds = entry.userIds.filter((id) => id !== change.userId);
    entry.count--;
  }
  for (const r of reactions) r.me = r.userIds.includes(me);
  return { ...message, reactions: reactions.filter((r) => r.count > 0) };
}

function preview(message: Message): string {
  if (message.content) return message.content.slice(0, 100);
  return message.attachments.length > 0 ? `📎 ${message.attachments[0]?.name ?? 'attachment'}` : '';
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'topic';
}
