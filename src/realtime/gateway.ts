// What a socket client can do, whatever its transport: authenticate, join and leave
// conversations, type, send, mark read. Each command goes through the same domain services as
// REST; this file only checks the frame, the caller and the rate, then calls them.
import type { Static, TSchema } from 'typebox';
import Type from 'typebox';
import { TOKEN_CLOCK_TOLERANCE_SECONDS, type VerifiedIdentity } from '../auth/authenticator.js';
import type { AppContext } from '../context.js';
import type { UserActor } from '../domain/types.js';
import { AppError, type PublicError, publicError, socketAuthError, tokenExpired } from '../errors.js';
import { inConversation, markReadFields, sendMessageFields } from '../schemas/messages.js';
import { compileValidator, describeFailure } from '../schemas/validation.js';
import type { Connection, ConnectionRegistry } from './connections.js';
import type { MembershipCache } from './fanout.js';
import type { Presence } from './presence.js';
import type { Typing } from './typing.js';
import { UserMinuteBudget } from './user-budget.js';

export interface Credentials {
  token?: unknown;
  userId?: unknown;
  username?: unknown;
}

export type Reply = (outcome: { ok: true; data: unknown } | { ok: false; error: PublicError }) => void;


/**
 * A flooded connection closes once its client has sent nothing for this long, so that frames it
 * sent before it heard of the flood, still on their way, are each answered RATE_LIMITED...
 */
const FLOOD_QUIET_MS = 500;
/** ...and this long after the flood at the latest, however it goes on. */
const FLOOD_CLOSE_MAX_MS = 3_000;

interface Session {
  actor: UserActor;
  expiryTimer?: NodeJS.Timeout;
  tokens: number;
  refilledAt: number;
  /** Commands taken and not yet answered. */
  inFlight: number;
  /** When it went over its rate: closed once the commands it sent before are answered; nothing new is taken. */
  floodedAt?: number;
  /** The close that waits for it to go quiet (closeFloodedWhenAnswered). */
  floodClose?: NodeJS.Timeout;
  /** Settles when the connection's last send is stored or refused (see inSendOrder). */
  lastSend: Promise<unknown>;
  /** Conversations this connection said it is typing in: it stops there when it sends or goes. */
  typingIn: Set<string>;
}

export class Gateway {
  private readonly sessions = new Map<Connection, Session>();
  private readonly goneEarly = new WeakSet<Connection>();
  private readonly budget: UserMinuteBudget;
  private readonly commands: Record<string, { schema: TSchema; run: (connection: Connection, session: Session, data: never) => Promise<unknown> }>;

  constructor(
    private readonly ctx: AppContext,
    private readonly registry: ConnectionRegistry,
    private readonly membership: MembershipCache,
    private readonly presence: Presence,
    private readonly typing: Typing,
  ) {
    const limits = ctx.config.limits;
    this.budget = new UserMinuteBudget(ctx.config.rateLimitPerMinute);
    const ConversationRef = inConversation({});
    const TypingFrame = inConversation({ isTyping: Type.Boolean() });
    const SendFrame = inConversation(sendMessageFields(limits, ctx.attachments.settings.maxPerMessage));
    const ReadFrame = inConversation(markReadFields);
    const AuthFrame = Type.Object({ token: Type.String({ minLength: 1, maxLength: 8192 }) }, { additionalProperties: false });
    const PingFrame = Type.Object({}, { additionalProperties: false });

    this.commands = {
      join_conversation: {
        schema: ConversationRef,
        run: async (connection, session, data: Static<typeof ConversationRef>) => {
          await this.ctx.access.require(session.actor, 'join', data.conversationId);
          connection.joined.add(data.conversationId);
          connection.send('conversation_joined', { conversationId: data.conversationId });
          return { conversationId: data.conversationId };
        },
      },
      leave_conversation: {
        schema: ConversationRef,
        run: async (connection, session, data: Static<typeof ConversationRef>) => {
          // As joining does, a conversation the caller may not see is not found; one they joined
          // before losing access can still be left.
          if (!connection.joined.delete(data.conversationId)) await this.ctx.access.require(session.actor, 'join', data.conversationId);
          connection.send('conversation_left', { conversationId: data.conversationId });
          return { conversationId: data.conversationId };
        },
      },
      typing_indicator: {
        schema: TypingFrame,
        run: async (_connection, session, data: Static<typeof TypingFrame>) => {
          await this.ctx.access.require(session.actor, 'typing', data.conversationId);
          if (data.isTyping) session.typingIn.add(data.conversationId);
          else session.typingIn.delete(data.conversationId);
          this.typing.set({ conversationId: data.conversationId, userId: session.actor.userId, isTyping: data.isTyping });
          return { conversationId: data.conversationId, isTyping: data.isTyping };
        },
      },
      send_message: {
        schema: SendFrame,
        run: async (_connection, session, data: Static<typeof SendFrame>) =>
          this.inSendOrder(session, async () => {
            const { conversationId, ...input } = data;
            const sent = (await this.ctx.sending.send(session.actor, conversationId, input)).message;
            // The message is what was being typed. Its "stopped" is told by every instance as it reads
            // the message in the log (Typing.endFromLog); telling it here too would tell it twice.
            session.typingIn.delete(conversationId);
            return sent;
          }),
      },
      mark_read: {
        schema: ReadFrame,
        run: async (_connection, session, data: Static<typeof ReadFrame>) =>
          this.ctx.reading.markRead(session.actor, data.conversationId, data.messageId),
      },
      // A browser's WebSocket never sees the server's pings: its client asks now and then, and a
      // connection that stops answering is known to be gone (packages/client, transport.ts).
      ping: {
        schema: PingFrame,
        run: async () => ({ timestamp: new Date().toISOString() }),
      },
      authenticate: {
        schema: AuthFrame,
        run: async (connection, session, data: Static<typeof AuthFrame>) => {
          const identity = await this.verifyToken(connection, data.token);
          if (identity.userId !== session.actor.userId) {
            throw new AppError('FORBIDDEN', 'a connection stays with the user it was opened for');
          }
          session.actor = await this.ctx.users.actorFor(identity);
          this.scheduleExpiry(connection, session, identity);
          return { userId: identity.userId, expiresAt: identity.expiresAt ? new Date(identity.expiresAt * 1000).toISOString() : null };
        },
      },
    };
    this.validators = new Map(Object.entries(this.commands).map(([name, { schema }]) => [name, compileValidator(schema)]));
  }

  private readonly validators: Map<string, (value: unknown) => boolean>;

  /** The client commands this gateway answers (an authorization test covers each one). */
  get commandNames(): string[] {
    return Object.keys(this.commands);
  }

  /** A new connection: authenticate it or tell it why not and close it. Never rejects. */
  async accept(connection: Connection, credentials: Credentials): Promise<boolean> {
    let actor: UserActor;
    let identity: VerifiedIdentity;
    try {
      identity = await this.identify(connection, credentials);
      actor = await this.ctx.users.actorFor(identity);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAVAILABLE') {
        // Not the credentials: the database is away (their profile is read or stored). Told as REST
        // tells it, and closed as "going away", so the client tries again rather than giving up.
        connection.send('error', publicError(error));
        connection.close('unavailable; retry shortly', true);
        return false;
      }
      if (!(error instanceof AppError)) this.ctx.logger.error({ err: error }, 'socket authentication failed');
      connection.send('auth_error', socketAuthError(error));
      connection.close('authentication failed');
      return false;
    }
    // The client may have gone while we verified it: then there is nothing to register.
    if (this.goneEarly.has(connection)) return false;
    // Checked and registered in one turn of the event loop: two connections at once cannot both slip in.
    const limit = this.ctx.config.socketConnectionsPerUser;
    if ((this.registry.of(actor.userId)?.size ?? 0) >= limit) {
      connection.send('error', publicError(new AppError('RATE_LIMITED', `at most ${limit} connections per user; close one first`)));
      connection.close('too many connections');
      return false;
    }
    const session: Session = {
      actor,
      tokens: 2 * this.ctx.config.socketEventsPerSecond,
      refilledAt: Date.now(),
      inFlight: 0,
      lastSend: Promise.resolve(),
      typingIn: new Set(),
    };
    this.sessions.set(connection, session);
    connection.userId = actor.userId;
    this.registry.add(connection, actor.userId);
    this.presence.connected(actor.userId);
    this.scheduleExpiry(connection, session, identity);
    connection.send('authenticated', { userId: actor.userId, role: actor.role, timestamp: new Date().toISOString() });
    return true;
  }

  closed(connection: Connection): void {
    const session = this.sessions.get(connection);
    if (!session) {
      this.goneEarly.add(connection);
      return;
    }
    this.sessions.delete(connection);
    if (session.expiryTimer) clearTimeout(session.expiryTimer);
    clearTimeout(session.floodClose);
    for (const conversationId of new Set([...connection.joined, ...session.typingIn])) {
      this.typing.set({ conversationId, userId: session.actor.userId, isTyping: false });
    }
    this.registry.remove(connection, session.actor.userId);
    this.presence.disconnected(session.actor.userId);
  }

  /** One client frame. `reply` answers it (a Socket.IO ack, or an ack/error frame). */
  async handle(connection: Connection, event: unknown, data: unknown, reply: Reply): Promise<void> {
    // Socket.IO lets an event be named by a number.
    const name = String(event);
    // Every failure leaves through the catalogue's one mapper, as over HTTP; nothing a client
    // sends can reject this promise, which the transports do not await.
    const fail = (error: unknown) => reply({ ok: false, error: publicError(error) });
    const session = this.sessions.get(connection);
    if (!session) return fail(new AppError('UNAUTHENTICATED', 'authenticate first'));
    const flood = () => new AppError('RATE_LIMITED', 'too many events; the connection is closed');
    // Every frame past the rate is answered too, so the client knows each one was not taken.
    if (session.floodedAt !== undefined) {
      fail(flood());
      this.closeFloodedWhenAnswered(connection, session);
      return;
    }
    if (!this.takeToken(session)) {
      // What was taken before is still answered (its acks are the client's record of what was
      // stored); then the connection closes.
      session.floodedAt = Date.now();
      connection.send('error', publicError(flood()));
      fail(flood());
      this.closeFloodedWhenAnswered(connection, session);
      return;
    }
    // Over the user's minute (all their sockets): refused, as an HTTP request would be, and the
    // connection stays open.
    const retryAfterSeconds = this.budget.take(session.actor.userId);
    if (retryAfterSeconds > 0) {
      return fail(new AppError('RATE_LIMITED', `too many requests; retry in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds }));
    }
    session.inFlight += 1;
    try {
      // Own names only: `constructor` or `__proto__` is an unknown event, not Object's.
      const command = Object.hasOwn(this.commands, name) ? this.commands[name] : undefined;
      const validate = this.validators.get(name);
      if (!command || !validate) return fail(new AppError('NOT_FOUND', `unknown event ${name.slice(0, 64)}`));
      if (!validate(data)) {
        return fail(new AppError('VALIDATION_FAILED', describeFailure(command.schema, data)));
      }
      reply({ ok: true, data: await command.run(connection, session, data as never) });
    } catch (error) {
      if (!(error instanceof AppError)) this.ctx.logger.error({ err: error, event: name.slice(0, 64) }, 'socket command failed');
      fail(error);
    } finally {
      session.inFlight -= 1;
      this.closeFloodedWhenAnswered(connection, session);
    }
  }

  /**
   * A connection is an ordered channel: messages a client sends without waiting for each ack are
   * stored in the order they arrived. On PostgreSQL concurrent sends would take their turns in any
   * order; each send waits for the one before it (stored or refused) instead.
   */
  private inSendOrder<T>(session: Session, send: () => Promise<T>): Promise<T> {
    const turn = session.lastSend.then(send);
    session.lastSend = turn.catch(() => undefined);
    return turn;
  }

  private closeFloodedWhenAnswered(connection: Connection, session: Session): void {
    if (session.floodedAt === undefined || session.inFlight > 0) return;
    clearTimeout(session.floodClose);
    const close = () => connection.close('rate limit exceeded');
    const left = session.floodedAt + FLOOD_CLOSE_MAX_MS - Date.now();
    if (left <= 0) return close();
    session.floodClose = setTimeout(close, Math.min(FLOOD_QUIET_MS, left));
    session.floodClose.unref();
  }

  private async identify(connection: Connection, credentials: Credentials): Promise<VerifiedIdentity> {
    if (credentials.token !== undefined && credentials.token !== null && typeof credentials.token !== 'string') {
      throw new AppError('UNAUTHENTICATED', 'the token must be a string');
    }
    if (typeof credentials.token === 'string' && credentials.token.length > 0) {
      return this.verifyToken(connection, credentials.token);
    }
    const userId = typeof credentials.userId === 'string' ? credentials.userId : undefined;
    const username = typeof credentials.username === 'string' ? credentials.username : undefined;
    return this.ctx.authenticator.devIdentity(userId, username);
  }

  /**
   * A token verified as HTTP verifies one, its refusal counted against the connection's address
   * with HTTP's: an address that guessed too often this minute is not even checked until it ends.
   */
  private async verifyToken(connection: Connection, token: string): Promise<VerifiedIdentity> {
    const { refusedCredentials } = this.ctx;
    const lockout = refusedCredentials.lockout(connection.address);
    if (lockout !== undefined) throw lockout;
    try {
      return await this.ctx.authenticator.verifyToken(token);
    } catch (error) {
      refusedCredentials.failed(connection.address, error);
      throw error;
    }
  }

  /** A connection whose token expires (as REST counts it, with the same tolerance) is closed, unless a fresh one arrives first. */
  private scheduleExpiry(connection: Connection, session: Session, identity: VerifiedIdentity): void {
    if (session.expiryTimer) clearTimeout(session.expiryTimer);
    session.expiryTimer = undefined;
    if (identity.expiresAt === undefined) return;
    const ms = Math.min((identity.expiresAt + TOKEN_CLOCK_TOLERANCE_SECONDS) * 1000 - Date.now(), 2_147_483_647);
    session.expiryTimer = setTimeout(() => {
      connection.send('auth_error', socketAuthError(tokenExpired()));
      connection.close('token expired');
    }, Math.max(0, ms));
    session.expiryTimer.unref();
  }

  /** Token bucket per connection: SOCKET_EVENTS_PER_SECOND sustained, twice that at once. */
  private takeToken(session: Session): boolean {
    const now = Date.now();
    const rate = this.ctx.config.socketEventsPerSecond;
    session.tokens = Math.min(2 * rate, session.tokens + ((now - session.refilledAt) / 1000) * rate);
    session.refilledAt = now;
    if (session.tokens < 1) return false;
    session.tokens -= 1;
    return true;
  }

  /** Typing from any instance, to the local sockets of members that joined that conversation. */
  async deliverTyping(signal: { conversationId: string; userId: string; isTyping: boolean }): Promise<void> {
    for (const userId of await this.membership.of(signal.conversationId)) {
      if (userId === signal.userId) continue;
      for (const connection of this.registry.of(userId) ?? []) {
        if (connection.joined.has(signal.conversationId)) connection.send('typing_indicator', signal);
      }
    }
  }
}
