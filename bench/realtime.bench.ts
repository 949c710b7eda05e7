// Real time: how long a message takes from the sender's HTTP response to the recipient's
// socket at a steady 1,000 messages/s, and what an idle connection costs the server.
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { lineReader, percentile, ROOT, startParley, tempDir } from './lib.js';

export interface RealtimeBenchResult {
  rate: number;
  sent: number;
  received: number;
  fromResponse: { p50: number; p99: number };
  fromRequest: { p50: number; p99: number };
  connections: number;
  retainedPerConnection: number;
  rssPerConnection: number;
}

/** Holds `count` idle, authenticated WebSocket connections to a probe server; its memory grows by this much. */
async function probeMemory(count: number): Promise<{ connections: number; retainedPerConnection: number; rssPerConnection: number }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memory-probe.ts'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const nextLine = lineReader(child.stdout);
  const measure = async () => {
    child.stdin.write('measure\n');
    return JSON.parse(await nextLine()) as { rss: number; retained: number; connections: number };
  };
  const sockets: WebSocket[] = [];
  try {
    const url = (await nextLine()).replace('LISTENING ', '');
    const wsBase = `${url.replace('http', 'ws')}/api/v1/ws`;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = await measure();
    for (let i = 0; i < count; i += 250) {
      const batch = Array.from({ length: Math.min(250, count - i) }, (_, j) => openSocket(`${wsBase}?userId=idle_${i + j}`));
      sockets.push(...(await Promise.all(batch)));
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await measure();
    return {
      connections: after.connections,
      retainedPerConnection: (after.retained - before.retained) / after.connections,
      rssPerConnection: (after.rss - before.rss) / after.connections,
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    child.kill('SIGTERM');
  }
}

function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('message', () => resolve(ws)); // "authenticated"
    ws.once('error', reject);
  });
}

export async function runRealtimeBench(options: { rate: number; seconds: number; idleConnections: number }): Promise<RealtimeBenchResult> {
  const parley = await startParley({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: tempDir('parley-rt-'),
    DATABASE_URL: '',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000000',
  });
  const prefix = `${parley.url}/api/v1`;
  const wsBase = `${prefix.replace('http', 'ws')}/ws`;
  const sockets: WebSocket[] = [];
  try {
    // 100 conversations, each with a recipient listening on a plain WebSocket.
    const pairs: { id: string; sender: string }[] = [];
    const pending = new Map<string, { requestedAt: number; respondedAt?: number; receivedAt?: number }>();
    const fromResponse: number[] = [];
    const fromRequest: number[] = [];
    for (let i = 0; i < 100; i++) {
      const sender = `rt_s${i}`;
      const response = await fetch(`${prefix}/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user-id': sender },
        body: JSON.stringify({ participantIds: [`rt_r${i}`] }),
      });
      pairs.push({ id: ((await response.json()) as { id: string }).id, sender });
      const ws = await openSocket(`${wsBase}?userId=rt_r${i}`);
      ws.on('message', (raw) => {
        const frame = JSON.parse(raw.toString()) as { type: string; data: { clientMessageId?: string } };
        if (frame.type !== 'new_message' || !frame.data.clientMessageId) return;
        const entry = pending.get(frame.data.clientMessageId);
        if (!entry) return;
        entry.receivedAt = performance.now();
        if (entry.respondedAt !== undefined) settle(frame.data.clientMessageId);
      });
      sockets.push(ws);
    }
    const settle = (key: string) => {
      const entry = pending.get(key);
      if (!entry || entry.receivedAt === undefined || entry.respondedAt === undefined) return;
      // The socket often wins the race against the HTTP response: that counts as no wait.
      fromResponse.push(Math.max(0, entry.receivedAt - entry.respondedAt));
      fromRequest.push(entry.receivedAt - entry.requestedAt);
      pending.delete(key);
    };

    // Warm-up (JIT, prepared statements, connection pools), not measured.
    for (let i = 0; i < 2000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) => {
          const pair = pairs[(i + j) % pairs.length] as { id: string; sender: string };
          return fetch(`${prefix}/conversations/${pair.id}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-user-id': pair.sender },
            body: JSON.stringify({ content: `warm-up ${i + j}` }),
          }).then((response) => response.arrayBuffer());
        }),
      );
    }

    // Open loop: one send every 1000/rate ms, whatever the responses do.
    let sent = 0;
    const total = options.rate * options.seconds;
    const started = performance.now();
    const inflight: Promise<void>[] = [];
    while (sent < total) {
      const due = started + (sent * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const pair = pairs[sent % pairs.length] as { id: string; sender: string };
      const key = `k${sent}`;
      pending.set(key, { requestedAt: performance.now() });
      inflight.push(
        fetch(`${prefix}/conversations/${pair.id}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-user-id': pair.sender },
          body: JSON.stringify({ content: `message ${sent}`, clientMessageId: key }),
        }).then(async (response) => {
          await response.arrayBuffer();
          const entry = pending.get(key);
          if (!entry) return;
          entry.respondedAt = performance.now();
          if (entry.receivedAt !== undefined) settle(key);
        }),
      );
      sent++;
    }
    const rate = sent / ((performance.now() - started) / 1000);
    await Promise.all(inflight);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const ws of sockets.splice(0)) ws.close();
    fromResponse.sort((a, b) => a - b);
    fromRequest.sort((a, b) => a - b);

    const memory = await probeMemory(options.idleConnections);
    return {
      rate,
      sent,
      received: fromResponse.length,
      fromResponse: { p50: percentile(fromResponse, 50), p99: percentile(fromResponse, 99) },
      fromRequest: { p50: percentile(fromRequest, 50), p99: percentile(fromRequest, 99) },
      connections: memory.connections,
      retainedPerConnection: memory.retainedPerConnection,
      rssPerConnection: memory.rssPerConnection,
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    await parley.stop();
  }
}
