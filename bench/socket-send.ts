// Sends through the socket transports: each client sends `send_message` and waits for its ack
// before the next (closed loop), so the figure is comparable to autocannon's HTTP connections.
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { type LoadResult, percentile } from './lib.js';

export interface SocketSender {
  /** Sends one message and resolves when the server acknowledges it (true when stored). */
  send(conversationId: string, content: string): Promise<boolean>;
  close(): void;
}

export async function webSocketSender(url: string, token: string): Promise<SocketSender> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v1/ws?token=${encodeURIComponent(token)}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', function ready(raw) {
      if ((JSON.parse(String(raw)) as { type: string }).type === 'authenticated') {
        ws.off('message', ready);
        resolve();
      }
    });
  });
  const pending = new Map<number, (ok: boolean) => void>();
  let nextId = 0;
  ws.on('message', (raw) => {
    const frame = JSON.parse(String(raw)) as { type: string; id?: number };
    if ((frame.type === 'ack' || frame.type === 'error') && frame.id !== undefined) {
      pending.get(frame.id)?.(frame.type === 'ack');
      pending.delete(frame.id);
    }
  });
  return {
    send: (conversationId, content) =>
      new Promise((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        ws.send(JSON.stringify({ type: 'send_message', id, data: { conversationId, content } }));
      }),
    close: () => ws.close(),
  };
}

export async function socketIoSender(url: string, token: string): Promise<SocketSender> {
  const socket: Socket = io(`${url}/messaging`, { auth: { token }, transports: ['websocket'] });
  await new Promise<void>((resolve, reject) => {
    socket.once('authenticated', () => resolve());
    socket.once('auth_error', (error: unknown) => reject(new Error(JSON.stringify(error))));
    socket.once('connect_error', reject);
  });
  return {
    send: (conversationId, content) =>
      new Promise((resolve) => {
        socket.emit('send_message', { conversationId, content }, (answer: { ok?: boolean; error?: unknown } | undefined) =>
          resolve(answer !== undefined && answer.error === undefined),
        );
      }),
    close: () => socket.close(),
  };
}

/** Every sender sends into its own conversation as fast as acks come back, for `seconds`. */
export async function socketLoad(
  senders: { sender: SocketSender; conversationId: string }[],
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let n = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    senders.map(async ({ sender, conversationId }) => {
      while (Date.now() < until) {
        const started = performance.now();
        const stored = await sender.send(conversationId, `Is this still available? (${++n})`);
        latencies.push(performance.now() - started);
        if (stored) ok++;
        else failed++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: ok / seconds, ok, errors: 0, non2xx: failed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
