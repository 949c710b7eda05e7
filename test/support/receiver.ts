// A real webhook receiver on loopback whose behaviour a test sets: answer, fail, hang, close
// the connection, redirect, dawdle, or hold a request open until the test releases it. It
// verifies signatures the way a platform would.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitUntil } from './wait.js';

export type Behaviour = 'ok' | 'fail' | 'hang' | 'close' | 'redirect' | 'slow' | 'hold';

export interface ReceivedEvent {
  id: string;
  cursor: string;
  type: string;
  conversationId: string | null;
  data: Record<string, unknown>;
}

/** How a receiver checks a delivery: the README shows the same steps. */
export function verifySignature(secret: string, header: string | undefined, rawBody: string, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=') as [string, string]));
  const timestamp = Number(parts.t);
  if (!parts.v1 || !Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class Receiver {
  readonly deliveries: { events: ReceivedEvent[]; signatureValid: boolean; headers: IncomingMessage['headers'] }[] = [];
  /** Every request's X-Parley-Delivery-Id and event ids, answered or not, in arrival order. */
  readonly requests: { deliveryId: string; eventIds: string[] }[] = [];
  behaviour: (attempt: number) => Behaviour = () => 'ok';
  private server: Server | undefined;
  private attempts = 0;
  /** Requests held open by 'hold', each waiting for the behaviour it will be answered with. */
  private readonly held: ((behaviour: Exclude<Behaviour, 'hold'>) => void)[] = [];
  url = '';

  constructor(private readonly secret: string) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const { events } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events: ReceivedEvent[] };
          this.requests.push({ deliveryId: String(request.headers['x-parley-delivery-id']), eventIds: events.map((e) => e.id) });
        } catch {
          // Not a batch: answered below like any request.
        }
        const respond = (behaviour: Behaviour): void => {
          if (behaviour === 'hold') return void this.held.push(respond);
          if (behaviour === 'hang') return; // never answers; Parley times out
          if (behaviour === 'close') return void request.socket.destroy();
          if (behaviour === 'fail') {
            response.statusCode = 500;
            return void response.end('oops');
          }
          if (behaviour === 'redirect') {
            response.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
            return void response.end();
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const accept = () => {
            this.deliveries.push({
              events: (JSON.parse(raw) as { events: ReceivedEvent[] }).events,
              signatureValid: verifySignature(this.secret, request.headers['x-parley-signature'] as string | undefined, raw),
              headers: request.headers,
            });
            response.statusCode = 204;
            response.end();
          };
          if (behaviour === 'slow') setTimeout(accept, 200);
          else accept();
        };
        respond(this.behaviour(++this.attempts));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/parley`;
  }

  /** Every event received, de-duplicated by id, in the order first received. */
  unique(): ReceivedEvent[] {
    const seen = new Map<string, ReceivedEvent>();
    for (const delivery of this.deliveries) for (const event of delivery.events) if (!seen.has(event.id)) seen.set(event.id, event);
    return [...seen.values()];
  }

  all(): ReceivedEvent[] {
    return this.deliveries.flatMap((d) => d.events);
  }

  async waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
    await waitUntil(check, `receiver condition (${this.unique().length} unique events when the wait began)`, timeoutMs);
  }

  /** How many requests 'hold' keeps open now. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Answers every held request with `behaviour`. */
  release(behaviour: Exclude<Behaviour, 'hold'>): void {
    for (const respond of this.held.splice(0)) respond(behaviour);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
