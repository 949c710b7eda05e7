// Real socket clients for tests: Socket.IO (namespace /messaging) and plain WebSocket frames.
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { TestServer } from './harness.js';

export interface Received {
  event: string;
  payload: Record<string, unknown>;
}

/** Collects every event a client receives and lets a test wait for the next matching one. */
export class Inbox {
  readonly all: Received[] = [];
  private waiters: { match: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];

  push(received: Received): void {
    this.all.push(received);
    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.match(received)) return true;
      waiter.resolve(received);
      return false;
    });
  }

  next(event: string, where: (payload: Record<string, unknown>) => boolean = () => true, timeoutMs = 5000): Promise<Received> {
    return this.nextMatching((r) => r.event === event && where(r.payload), `no ${event}`, timeoutMs);
  }

  nextMatching(match: (r: Received) => boolean, what: string, timeoutMs = 5000): Promise<Received> {
    const seen = this.all.find(match);
    if (seen) {
      this.all.splice(this.all.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          this.all.splice(this.all.indexOf(r), 1);
          resolve(r);
        },
      });
    });
  }

  count(event: string): number {
    return this.all.filter((r) => r.event === event).length;
  }
}

export interface SocketIoClient {
  socket: Socket;
  inbox: Inbox;
  emit(event: string, data: unknown): Promise<Record<string, unknown>>;
  close(): void;
}

export function connectSocketIo(server: TestServer, auth: Record<string, string>, extra: { origin?: string } = {}): SocketIoClient {
  const socket = io(`${server.baseUrl}/messaging`, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(extra.origin ? { extraHeaders: { origin: extra.origin } } : {}),
  });
  const inbox = new Inbox();
  socket.onAny((event: string, payload: Record<string, unknown>) => inbox.push({ event, payload }));
  socket.on('connect_error', (error) => inbox.push({ event: 'connect_error', payload: { message: error.message } }));
  socket.on('disconnect', (reason) => inbox.push({ event: 'disconnect', payload: { reason } }));
  return {
    socket,
    inbox,
    emit: (event, data) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ack for ${event}`)), 5000);
        socket.emit(event, data, (response: Record<string, unknown>) => {
          clearTimeout(timer);
          resolve(response);
        });
      }),
    close: () => socket.disconnect(),
  };
}

export interface WsClient {
  ws: WebSocket;
  inbox: Inbox;
  opened: Promise<void>;
  closed: Promise<{ code: number }>;
  request(type: string, data: unknown): Promise<Received>;
  sendRaw(text: string): void;
  close(): void;
}

let frameId = 0;

export function connectWebSocket(server: TestServer, query: Record<string, string>, headers: Record<string, string> = {}): WsClient {
  const ws = new WebSocket(`${server.prefix.replace('http', 'ws')}/ws?${new URLSearchParams(query)}`, { headers });
  const inbox = new Inbox();
  ws.on('message', (raw) => {
    const frame = JSON.parse(raw.toString()) as { type: string; data: Record<string, unknown>; id?: unknown };
    inbox.push({ event: frame.type, payload: { ...frame.data, ...(frame.id !== undefined ? { __id: frame.id } : {}) } });
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number }>((resolve) => ws.once('close', (code) => resolve({ code })));
  return {
    ws,
    inbox,
    opened,
    closed,
    request: async (type, data) => {
      const id = ++frameId;
      ws.send(JSON.stringify({ type, data, id }));
      return inbox.nextMatching((r) => (r.event === 'ack' || r.event === 'error') && r.payload.__id === id, `no answer to ${type}`);
    },
    sendRaw: (text) => ws.send(text),
    close: () => ws.close(),
  };
}
