// The real-time role: follows the log to push events to sockets, carries typing and presence
// between instances, and serves both transports on the HTTP server.
import type { Server as HttpServer } from 'node:http';
import type { Server as SocketIoServer } from 'socket.io';
import type { WebSocketServer } from 'ws';
import type { AppContext } from '../context.js';
import { forViewer } from '../presenters/messages.presenter.js';
import { LogTailer } from '../events/log-tailer.js';
import { erasedUser, socketAuthError } from '../errors.js';
import { ConnectionRegistry } from './connections.js';
import { MembershipCache, RealtimeFanout, STATE_EVENT_TYPES } from './fanout.js';
import { Gateway } from './gateway.js';
import type { StatusChange } from './presence.js';
import { attachSocketIo, attachWebSocket } from './transports.js';
import { Typing } from './typing.js';

export class Realtime {
  readonly registry = new ConnectionRegistry();
  private readonly membership: MembershipCache;
  private readonly gateway: Gateway;
  private readonly tailer: LogTailer;
  private readonly typing: Typing;
  private io: SocketIoServer | undefined;
  private wss: WebSocketServer | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly ctx: AppContext) {
    this.membership = new MembershipCache(ctx.store);
    this.typing = new Typing(ctx.bus, ctx.timings.typingTtlMs);
    this.gateway = new Gateway(ctx, this.registry, this.membership, ctx.presence, this.typing);
    // Events are presented for no one; each recipient's copy is made for them (links, their reactions).
    const fanout = new RealtimeFanout(
      this.registry,
      this.membership,
      (payload, userId) => forViewer(payload, ctx.attachments.signer, userId),
      // Heard from the log: this instance forgets them wholly (profile, tokens, sockets), as when
      // the bus tells it, should the bus have missed it or there be none (no REDIS_URL).
      (userId) => ctx.erasures.forgetHere(userId),
      (conversationId, userId) =>
        this.typing.endFromLog(conversationId, userId)
          ? this.gateway.deliverTyping({ conversationId, userId, isTyping: false }).catch(() => {})
          : undefined,
    );
    ctx.erasures.onErased((userId) => this.forgetUser(userId));
    this.tailer = new LogTailer(
      ctx.store,
      {
        from: 'head',
        batchSize: 500,
        pollMs: ctx.timings.logPollMs,
        onError: (error) => ctx.logger.error({ err: error }, 'real-time fan-out failed; retrying'),
        // Nobody connected here: nothing to deliver, so only what keeps this instance's state is read.
        skim: { when: () => this.registry.isEmpty, types: STATE_EVENT_TYPES },
      },
      fanout.deliver,
    );
  }

  /** The client commands both transports answer. */
  get commandNames(): string[] {
    return this.gateway.commandNames;
  }

  async start(server: HttpServer): Promise<void> {
    await this.tailer.start();
    this.unsubscribe = this.ctx.signal.onCommitted(() => this.tailer.wake());
    this.ctx.bus.subscribe('log', () => this.tailer.wake());
    this.typing.start((signal) => void this.gateway.deliverTyping(signal).catch(() => {}));
    this.ctx.presence.onChange((change) => void this.announceStatus(change));
    const options = {
      apiPrefix: this.ctx.config.apiPrefix,
      corsOrigins: this.ctx.config.corsOrigins,
      heartbeatSeconds: this.ctx.config.wsHeartbeatSeconds,
      trustProxyHops: this.ctx.config.trustProxyHops,
    };
    this.io = attachSocketIo(server, this.gateway, options);
    this.wss = attachWebSocket(server, this.gateway, options);
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.typing.stop();
    this.registry.closeAll('server shutting down');
    this.wss?.close();
    // Not io.close(): it closes the HTTP server too and waits for every keep-alive connection
    // to end by itself, which a connection still finishing an answer may not do for a minute.
    // The server is Fastify's, and its close ends the connections.
    this.io?.disconnectSockets(true);
    this.io?.engine.close();
    await this.tailer.stop();
  }

  /**
   * An erased user: out of every membership here, and their sockets told and closed. They leave
   * the registry at once: nothing (the announcements of their own leaving among it) reaches a
   * socket after its auth_error, while the close completes.
   */
  private forgetUser(userId: string): void {
    this.membership.forgetUser(userId);
    for (const connection of [...(this.registry.of(userId) ?? [])]) {
      this.registry.remove(connection, userId);
      connection.send('auth_error', socketAuthError(erasedUser()));
      connection.close('user erased');
    }
  }

  /** A user went online or offline: tell the local users who may see it. */
  private async announceStatus(change: StatusChange): Promise<void> {
    // Nobody connected here to tell (as when the instance stops and its users all go): no query.
    if (this.registry.isEmpty) return;
    try {
      // Everyone who may see this user, then those connected here (a list of partners is
      // bounded by the user's conversations; the list of connected users is not).
      const audience = await this.ctx.store.conversations.presencePartners(change.userId, undefined, 'user');
      for (const userId of audience) if (this.registry.has(userId)) this.registry.sendTo(userId, 'user_status_changed', change);
    } catch (error) {
      this.ctx.logger.warn({ err: error }, 'presence change not delivered');
    }
  }
}
