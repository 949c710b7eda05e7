// Events out: a local webhook receiver, Parley sending 1,000 messages/s, and how far behind
// the commit each event arrives (event time to receipt), and how fast delivery drains.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { percentile, startParley, tempDir } from './lib.js';

export interface DeliveryBenchResult {
  sentPerSecond: number;
  events: number;
  deliveredPerSecond: number;
  lagP50: number;
  lagP99: number;
  maxBacklogMs: number;
}

export async function runDeliveryBench(rate: number, seconds: number): Promise<DeliveryBenchResult> {
  const lags: number[] = [];
  const seen = new Set<string>();
  let firstAt = 0;
  let lastAt = 0;
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const now = Date.now();
      const { events } = JSON.parse(Buffer.concat(chunks).toString()) as { events: { id: string; time: string; data: { content?: string } }[] };
      for (const event of events) {
        if (seen.has(event.id) || event.data.content?.startsWith('warm-up')) continue;
        seen.add(event.id);
        lags.push(now - Date.parse(event.time));
        firstAt ||= now;
        lastAt = now;
      }
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const parley = await startParley({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: tempDir('parley-delivery-'),
    DATABASE_URL: '',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000000',
    WEBHOOK_URL: receiverUrl,
    WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
  });
  try {
    const prefix = `${parley.url}/api/v1`;
    const pairs: { id: string; sender: string }[] = [];
    for (let i = 0; i < 100; i++) {
      const response = await fetch(`${prefix}/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user-id': `dl_s${i}` },
        body: JSON.stringify({ participantIds: [`dl_r${i}`] }),
      });
      pairs.push({ id: ((await response.json()) as { id: string }).id, sender: `dl_s${i}` });
    }
    const send = (i: number, content: string) => {
      const pair = pairs[i % pairs.length] as { id: string; sender: string };
      return fetch(`${prefix}/conversations/${pair.id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user-id': pair.sender },
        body: JSON.stringify({ content }),
      }).then((response) => response.arrayBuffer());
    };
    for (let i = 0; i < 1000; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => send(i + j, `warm-up ${i + j}`)));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    lags.length = 0;
    seen.clear();
    firstAt = 0;

    const total = rate * seconds;
    const started = performance.now();
    const inflight: Promise<ArrayBuffer>[] = [];
    for (let sent = 0; sent < total; sent++) {
      const wait = started + (sent * 1000) / rate - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      inflight.push(send(sent, `message ${sent}`));
    }
    const sentPerSecond = total / ((performance.now() - started) / 1000);
    await Promise.all(inflight);
    const expected = total * 2; // message.sent and one message.received per message
    const deadline = Date.now() + 60_000;
    while (seen.size < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    lags.sort((a, b) => a - b);
    return {
      sentPerSecond,
      events: seen.size,
      deliveredPerSecond: seen.size / Math.max(0.001, (lastAt - firstAt) / 1000),
      lagP50: percentile(lags, 50),
      lagP99: percentile(lags, 99),
      maxBacklogMs: lags.at(-1) ?? 0,
    };
  } finally {
    await parley.stop();
    receiver.closeAllConnections();
    receiver.close();
  }
}
