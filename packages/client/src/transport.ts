// A transport carries socket events both ways and reports when it opens and closes. The
// connection (realtime.ts) decides about reconnects; a transport never reconnects by itself.
// Plain WebSocket is built in: the browser's WebSocket, or `ws` handed in on Node.
import type { Credentials } from './auth.js';

export interface TransportHandlers {
  /** A server event, by name (frames of the plain WebSocket, events of Socket.IO). */
  event(name: string, payload: unknown): void;
  /** The connection is gone. Called once. */
  closed(reason: string): void;
}

export interface Transport {
  /** Sends a client event; dropped when the transport is not open (typing, joins: nothing to keep). */
  send(name: string, data: unknown): void;
  close(): void;
}

export interface TransportTarget {
  /** e.g. http://localhost:8080 */
  baseUrl: string;
  /** e.g. /api/v1 */
  apiPrefix: string;
  credentials: Credentials;
}

export type TransportFactory = (target: TransportTarget, handlers: TransportHandlers) => Transport;

/** The part of the WebSocket API the client uses: the browser's, or `ws` on Node. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

const OPEN = 1;

/**
 * How the plain WebSocket learns its connection died without a word (a laptop asleep, a network
 * changed): a browser never sees the server's pings, so the client sends its own `ping` every
 * `pingEveryMs` and gives up on a connection that sends no frame for `answerWithinMs` after one,
 * or that is not open `openWithinMs` after it was made (a handshake on a dead path).
 * Socket.IO has a heartbeat of its own.
 */
export interface Liveness {
  pingEveryMs: number;
  answerWithinMs: number;
  openWithinMs: number;
}
export const LIVENESS: Readonly<Liveness> = Object.freeze({ pingEveryMs: 25_000, answerWithinMs: 10_000, openWithinMs: 15_000 });
/** A clock that wall-clock changes (a sync after sleep) do not move. */
const now = () => performance.now();
/** The id of the client's pings: their answers are not events. */
const PING_ID = 'parley-liveness';

/** The plain WebSocket transport at `{apiPrefix}/ws`, frames `{"type", "data"}`. */
export function webSocketTransport(WebSocketImpl?: WebSocketConstructor, liveness: Readonly<Liveness> = LIVENESS): TransportFactory {
  return (target, handlers) => {
    const Impl = WebSocketImpl ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!Impl) throw new Error('no WebSocket here: pass one (e.g. the `ws` package) as the `WebSocket` option');
    const query = new URLSearchParams();
    const { credentials } = target;
    if (credentials.token !== undefined) query.set('token', credentials.token);
    if (credentials.userId !== undefined) query.set('userId', credentials.userId);
    if (credentials.username !== undefined) query.set('username', credentials.username);
    const url = `${target.baseUrl.replace(/^http/, 'ws')}${target.apiPrefix}/ws?${query}`;
    const socket = new Impl(url);
    let done = false;
    let lastHeard = 0;
    let pings: ReturnType<typeof setInterval> | undefined;
    let answer: ReturnType<typeof setTimeout> | undefined;
    const finish = (reason: string) => {
      if (done) return;
      done = true;
      clearTimeout(opening);
      clearInterval(pings);
      clearTimeout(answer);
      handlers.closed(reason);
    };
    // A dead connection may never finish closing: the connection reconnects at once.
    const giveUp = (reason: string) => {
      socket.close(4000, reason);
      finish(reason);
    };
    const opening = setTimeout(() => giveUp('not open in time'), liveness.openWithinMs);
    const ping = () => {
      // One ping at a time: the one out is judged by its own deadline.
      if (socket.readyState !== OPEN || answer !== undefined) return;
      const sentAt = now();
      socket.send(JSON.stringify({ type: 'ping', id: PING_ID, data: {} }));
      answer = setTimeout(() => {
        answer = undefined;
        if (lastHeard < sentAt) giveUp('no answer to ping');
      }, liveness.answerWithinMs);
    };
    socket.onopen = () => {
      clearTimeout(opening);
      lastHeard = now();
      pings = setInterval(ping, liveness.pingEveryMs);
    };
    socket.onmessage = (message) => {
      lastHeard = now();
      if (typeof message.data !== 'string') return;
      let frame: { type?: unknown; data?: unknown; id?: unknown };
      try {
        frame = JSON.parse(message.data) as typeof frame;
      } catch {
        return;
      }
      if (frame.id === PING_ID) return;
      if (typeof frame.type === 'string') handlers.event(frame.type, frame.data);
    };
    socket.onclose = (event) => finish(event.reason || `closed (${event.code})`);
    socket.onerror = () => finish('socket error');
    return {
      send: (name, data) => {
        if (socket.readyState === OPEN) socket.send(JSON.stringify({ type: name, data }));
      },
      close: () => {
        socket.close(1000, 'client closed');
        finish('client closed');
      },
    };
  };
}
