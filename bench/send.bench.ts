// Messages sent per second with 50 concurrent senders over 50 conversations, against the floor
// of a send on the same database: over HTTP with a bearer JWT per user (production-like) and
// with dev-mode headers (the cost of verifying tokens shows as the difference), and through
// Socket.IO and plain WebSocket. Parley runs its default configuration (moderation on, rate
// limiting on with limits raised above the load, so their cost is measured, not their refusals).
import path from 'node:path';
import { SignJWT } from 'jose';
import { freshPostgres, load, type LoadResult, medianRound, pick, startProcess, tempDir } from './lib.js';
import { socketIoSender, socketLoad, webSocketSender } from './socket-send.js';

const CONNECTIONS = 50;
const CONVERSATIONS = 50;
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';

const tokenFor = (userId: string) =>
  new SignJWT({ name: userId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));

export type SendVariant = 'jwt' | 'dev' | 'floor' | 'websocket' | 'socketio';

export interface SendBenchResult {
  database: 'sqlite' | 'postgres';
  /** The median round of each variant, and every round in order. */
  median: Record<SendVariant, LoadResult>;
  rounds: Record<SendVariant, LoadResult[]>;
}

/**
 * `count` DIRECT conversations of `${users}_s${i}` with `${users}_r${i}` (AUTH_DEV_MODE), each
 * about `context(i)`: by default a listing the platform never described; undefined for none.
 */
export async function createConversations(
  prefix: string,
  count: number,
  options: { users?: string; context?: (i: number) => { type: string; id: string } | undefined } = {},
): Promise<{ id: string; sender: string; recipient: string; token: string }[]> {
  const users = options.users ?? 'bench';
  const contextOf = options.context ?? ((i: number) => ({ type: 'listing', id: `lst_${i}` }));
  const pairs = [];
  for (let i = 0; i < count; i++) {
    const [sender, recipient] = [`${users}_s${i}`, `${users}_r${i}`];
    const context = contextOf(i);
    const response = await fetch(`${prefix}/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user-id': sender },
      body: JSON.stringify({ participantIds: [recipient], ...(context ? { context } : {}) }),
    });
    const body = (await response.json()) as { id: string };
    if (!response.ok) throw new Error(`creating a conversation answered ${response.status}: ${JSON.stringify(body)}`);
    pairs.push({ id: body.id, sender, recipient, token: await tokenFor(sender) });
  }
  return pairs;
}

/**
 * Parley and the floor run side by side and are loaded in alternating rounds, so that the
 * drift of a shared machine falls on both alike; each is reported by its median round.
 */
export async function runSendBench(
  database: 'sqlite' | 'postgres',
  seconds: number,
  rounds: number,
  postgresBase: string,
): Promise<SendBenchResult | undefined> {
  const dir = tempDir('parley-bench-');
  const pgParley = database === 'postgres' ? await freshPostgres(postgresBase) : undefined;
  const pgFloor = database === 'postgres' ? await freshPostgres(postgresBase) : undefined;
  if (database === 'postgres' && (!pgParley || !pgFloor)) return undefined;

  const parley = await startProcess('src/main.ts', {
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    AUTH_DEV_MODE: 'true',
    JWT_SECRET,
    RATE_LIMIT_PER_MINUTE: '100000000',
    SOCKET_EVENTS_PER_SECOND: '100000',
    ...(pgParley ? { DATABASE_URL: pgParley.url, DATABASE_POOL_SIZE: '20' } : { DATABASE_URL: '' }),
  });
  const floor = await startProcess('bench/floor-server.ts', {
    FLOOR_DATABASE_URL: pgFloor ? pgFloor.url : `sqlite:${path.join(dir, 'floor.db')}`,
    FLOOR_CONVERSATIONS: String(CONVERSATIONS),
  });
  const sockets: { close(): void }[] = [];
  try {
    const conversations = await createConversations(`${parley.url}/api/v1`, CONVERSATIONS);
    let n = 0;
    const parleyRequest = (auth: 'jwt' | 'dev') => () => {
      const target = pick(conversations);
      return {
        method: 'POST' as const,
        path: `/api/v1/conversations/${target.id}/messages`,
        headers: {
          'content-type': 'application/json',
          ...(auth === 'jwt' ? { authorization: `Bearer ${target.token}` } : { 'x-user-id': target.sender }),
        },
        body: JSON.stringify({ content: `Is this still available? (${++n})` }),
      };
    };
    const floorRequest = () => ({
      method: 'POST' as const,
      path: `/floor/c${Math.floor(Math.random() * CONVERSATIONS)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: `Is this still available? (${++n})` }),
    });
    const ws = await Promise.all(conversations.map(async (c) => ({ sender: await webSocketSender(parley.url, c.token), conversationId: c.id })));
    const sio = await Promise.all(conversations.map(async (c) => ({ sender: await socketIoSender(parley.url, c.token), conversationId: c.id })));
    sockets.push(...ws.map((s) => s.sender), ...sio.map((s) => s.sender));

    const variants: Record<SendVariant, (secs: number) => Promise<LoadResult>> = {
      jwt: (secs) => load({ url: parley.url, connections: CONNECTIONS, seconds: secs, makeRequest: parleyRequest('jwt') }),
      dev: (secs) => load({ url: parley.url, connections: CONNECTIONS, seconds: secs, makeRequest: parleyRequest('dev') }),
      floor: (secs) => load({ url: floor.url, connections: CONNECTIONS, seconds: secs, makeRequest: floorRequest }),
      websocket: (secs) => socketLoad(ws, secs),
      socketio: (secs) => socketLoad(sio, secs),
    };
    const names = Object.keys(variants) as SendVariant[];
    // Warm-up: JIT, statement caches, connection pools, token caches.
    for (const name of names) await variants[name](2);
    const all = Object.fromEntries(names.map((name) => [name, [] as LoadResult[]])) as Record<SendVariant, LoadResult[]>;
    for (let round = 0; round < rounds; round++) {
      for (const name of names) all[name].push(await variants[name](seconds));
    }
    const median = Object.fromEntries(names.map((name) => [name, medianRound(all[name])])) as Record<SendVariant, LoadResult>;
    return { database, median, rounds: all };
  } finally {
    for (const socket of sockets) socket.close();
    await parley.stop();
    await floor.stop();
    await pgParley?.drop();
    await pgFloor?.drop();
  }
}
