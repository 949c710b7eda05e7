// The two transports. Each turns its wire format into Gateway calls and back; neither holds a
// rule of its own. Socket.IO lives at /socket.io/ (namespace /messaging), plain WebSocket at
// {API_PREFIX}/ws; both refuse pages from origins outside CORS_ORIGINS at the upgrade.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import proxyAddr from '@fastify/proxy-addr';
import { Server as SocketIoServer, type Socket } from 'socket.io';
import { type WebSocket, WebSocketServer } from 'ws';
import { AppError, publicError } from '../errors.js';
import type { Connection } from './connections.js';
import type { Gateway, Reply } from './gateway.js';

export const MAX_FRAME_BYTES = 64 * 1024;
/**
 * What a connection may leave unread (queued in this process because its client stopped reading
 * while events kept coming) before it is closed: a client that does not read must not hold the
 * server's memory. It reconnects and catches up with /sync, as after any disconnect.
 */
export const MAX_UNREAD_BYTES = 4 * 1024 * 1024;

export interface TransportOptions {
  apiPrefix: string;
  corsOrigins: string[];
  heartbeatSeconds: number;
  /** Proxies in front of Parley whose X-Forwarded-For is believed (TRUST_PROXY_HOPS), as for HTTP requests. */
  trustProxyHops: number;
}

/** The client's address behind the trusted proxies, as Fastify takes a request's `ip`. */
function clientAddress(request: IncomingMessage, trustProxyHops: number): string {
  return proxyAddr(request, (_address, hop) => hop < trustProxyHops);
}

export function originAllowed(origin: string | undefined, allowed: string[]): boolean {
  // Native and server clients send no Origin; browsers always do.
  return origin === undefined || allowed.includes('*') || allowed.includes(origin);
}

class SocketIoConnection implements Connection {
  readonly id = randomUUID();
  readonly transport = 'socket.io' as const;
  userId: string | undefined;
  readonly joined = new Set<string>();

  /** Characters of the packets Engine.IO holds for this client, unsent while its transport is still writing earlier ones. */
  private unread = 0;

  constructor(
    private readonly socket: Socket,
    readonly address: string,
  ) {
    socket.conn.on('packetCreate', (packet: { data?: unknown }) => {
      if (typeof packet.data === 'string') this.unread += packet.data.length;
    });
    // Engine.IO drains its buffer into the transport whenever the transport has written what it had.
    socket.conn.on('drain', () => {
      this.unread = 0;
    });
  }

  send(event: string, payload: unknown): void {
    if (this.unread > MAX_UNREAD_BYTES) {
      this.socket.disconnect(true);
      return;
    }
    this.socket.emit(event, payload);
  }

  close(): void {
    // Let queued frames (auth_error, error) leave before the socket goes.
    setImmediate(() => this.socket.disconnect(true));
  }
}

class WebSocketConnection implements Connection {
  readonly id = randomUUID();
  readonly transport = 'websocket' as const;
  userId: string | undefined;
  readonly joined = new Set<string>();
  alive = true;

  constructor(
    readonly socket: WebSocket,
    readonly address: string,
  ) {}

  send(type: string, data: unknown): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    // Ended at once: a closing handshake would wait behind what the client is not reading.
    if (this.socket.bufferedAmount > MAX_UNREAD_BYTES) this.socket.terminate();
    else this.socket.send(JSON.stringify({ type, data }));
  }

  close(reason: string, going = false): void {
    this.socket.close(going ? 1001 : 1008, reason.slice(0, 120));
  }
}

export function attachSocketIo(server: HttpServer, gateway: Gateway, options: TransportOptions): SocketIoServer {
  const io = new SocketIoServer(server, {
    path: '/socket.io/',
    serveClient: false,
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_FRAME_BYTES,
    pingInterval: options.heartbeatSeconds * 1000,
    // A peer that misses a ping is dropped, as over plain WebSocket: Socket.IO's own 20 s at most.
    pingTimeout: Math.min(20_000, options.heartbeatSeconds * 1000),
    cors: { origin: options.corsOrigins.includes('*') ? true : options.corsOrigins, credentials: true },
    allowRequest: (request, callback) => callback(null, originAllowed(request.headers.origin, options.corsOrigins)),
    // A connection that has joined no namespace within this time is closed.
    connectTimeout: 10_000,
  });
  // Parley speaks in /messaging only: the default namespace takes no one, so that no connection
  // stays open without having authenticated.
  io.of('/').use((_socket, next) => next(new Error('connect to the /messaging namespace')));
  io.of('/messaging').on('connection', (socket) => {
    const connection = new SocketIoConnection(socket, clientAddress(socket.request, options.trustProxyHops));
    const ready = gateway.accept(connection, (socket.handshake.auth ?? {}) as Record<string, unknown>);
    socket.onAny((event: string, ...args: unknown[]) => {
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (response: unknown) => void) : undefined;
      const reply: Reply = (outcome) => {
        if (outcome.ok) ack?.(outcome.data);
        else if (ack) ack({ error: outcome.error });
        else connection.send('error', outcome.error);
      };
      void ready.then((accepted) => {
        if (accepted) void gateway.handle(connection, event, args[0], reply);
      });
    });
    socket.on('disconnect', () => gateway.closed(connection));
  });
  return io;
}

export function attachWebSocket(server: HttpServer, gateway: Gateway, options: TransportOptions): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const path = `${options.apiPrefix}/ws`;
  const connectionOf = new WeakMap<WebSocket, WebSocketConnection>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://parley.invalid');
    if (url.pathname.startsWith('/socket.io/')) return; // Socket.IO's own upgrade handler
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== path) return refuse('404 Not Found');
    if (!originAllowed(request.headers.origin, options.corsOrigins)) return refuse('403 Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new WebSocketConnection(ws, clientAddress(request, options.trustProxyHops));
      connectionOf.set(ws, connection);
      ws.on('pong', () => {
        connection.alive = true;
      });
      const ready = gateway.accept(connection, {
        token: url.searchParams.get('token') ?? undefined,
        userId: url.searchParams.get('userId') ?? undefined,
        username: url.searchParams.get('username') ?? undefined,
      });
      ws.on('message', (raw, isBinary) => {
        void ready.then((accepted) => {
          if (accepted) handleFrame(gateway, connection, raw.toString(), isBinary);
        });
      });
      ws.on('close', () => gateway.closed(connection));
      ws.on('error', () => ws.terminate());
    });
  });

  // Heartbeat: a peer that did not answer the last ping is gone.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      const connection = connectionOf.get(ws);
      if (connection && !connection.alive) {
        ws.terminate();
        continue;
      }
      if (connection) connection.alive = false;
      ws.ping();
    }
  }, options.heartbeatSeconds * 1000);
  heartbeat.unref();
  wss.on('close', () => clearInterval(heartbeat));
  return wss;
}

const MAX_FRAME_ID = 128;

function isFrameId(id: unknown): id is string | number {
  return (typeof id === 'string' && id.length <= MAX_FRAME_ID) || (typeof id === 'number' && Number.isFinite(id));
}

/** A client's frame, or undefined when it is not a JSON object (`null`, a number, an array, garbage). */
function parseFrame(text: string, isBinary: boolean): { type?: unknown; data?: unknown; id?: unknown } | undefined {
  if (isBinary) return undefined;
  try {
    const frame: unknown = JSON.parse(text);
    return typeof frame === 'object' && frame !== null && !Array.isArray(frame) ? frame : undefined;
  } catch {
    return undefined;
  }
}

function handleFrame(gateway: Gateway, connection: WebSocketConnection, text: string, isBinary: boolean): void {
  const frame = parseFrame(text, isBinary);
  // An id the answer could not carry back is refused before anything is done.
  if (frame?.id !== undefined && !isFrameId(frame.id)) {
    connection.send('error', publicError(new AppError('VALIDATION_FAILED', `a frame's id is a string of at most ${MAX_FRAME_ID} characters or a number`)));
    return;
  }
  const id = frame?.id;
  // Successes are acknowledged when the client asked (gave an id); failures always.
  const reply: Reply = (outcome) => {
    if (connection.socket.readyState !== connection.socket.OPEN || (outcome.ok && id === undefined)) return;
    const body = outcome.ok ? { type: 'ack', id, data: outcome.data } : { type: 'error', id, data: outcome.error };
    connection.socket.send(JSON.stringify(body));
  };
  // A frame without a type is answered with its id, when it carries one it can be told by.
  if (frame === undefined || typeof frame.type !== 'string') {
    reply({ ok: false, error: publicError(new AppError('VALIDATION_FAILED', 'a frame is JSON: {"type": "...", "data": {...}, "id": ...}')) });
    return;
  }
  void gateway.handle(connection, frame.type, frame.data ?? {}, reply);
}
