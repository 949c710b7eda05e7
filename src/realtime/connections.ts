// The sockets held by this instance, whatever their transport, indexed by user.
import type { ServerToClientEvents, SocketEvent } from './socket-events.js';

/** One client connection. Transports implement this; everything else speaks to it alone. */
export interface Connection {
  readonly id: string;
  readonly transport: 'socket.io' | 'websocket';
  /** The client's address, as HTTP requests take it (TRUST_PROXY_HOPS): refused credentials count against it. */
  readonly address: string;
  userId: string | undefined;
  /** Conversations the client joined: they scope typing indicators. */
  readonly joined: Set<string>;
  send<E extends SocketEvent>(event: E, payload: ServerToClientEvents[E]): void;
  /** `going` when the service stops (WebSocket 1001, worth reconnecting elsewhere); otherwise a refusal (1008). */
  close(reason: string, going?: boolean): void;
}

export class ConnectionRegistry {
  private readonly byUser = new Map<string, Set<Connection>>();

  /** Returns true when this is the user's first connection on this instance. */
  add(connection: Connection, userId: string): boolean {
    let set = this.byUser.get(userId);
    const first = set === undefined;
    if (!set) {
      set = new Set();
      this.byUser.set(userId, set);
    }
    set.add(connection);
    return first;
  }

  /** Returns true when the user has no connection left on this instance. */
  remove(connection: Connection, userId: string): boolean {
    const set = this.byUser.get(userId);
    if (!set) return false;
    set.delete(connection);
    if (set.size > 0) return false;
    this.byUser.delete(userId);
    return true;
  }

  of(userId: string): ReadonlySet<Connection> | undefined {
    return this.byUser.get(userId);
  }

  has(userId: string): boolean {
    return this.byUser.has(userId);
  }

  users(): string[] {
    return [...this.byUser.keys()];
  }

  get isEmpty(): boolean {
    return this.byUser.size === 0;
  }

  get size(): number {
    let total = 0;
    for (const set of this.byUser.values()) total += set.size;
    return total;
  }

  sendTo<E extends SocketEvent>(userId: string, event: E, payload: ServerToClientEvents[E]): void {
    const set = this.byUser.get(userId);
    if (!set) return;
    for (const connection of set) connection.send(event, payload);
  }

  /** Every connection, as the service stops. */
  closeAll(reason: string): void {
    for (const set of this.byUser.values()) for (const connection of set) connection.close(reason, true);
  }
}
