// Messages sent per second with 50 concurrent senders over 50 conversations, against the floor
// of a send on the same database: over HTTP with a bearer JWT per user (production-like) and
// with dev-mode headers (the cost of verifying tokens shows as the difference), with no socket
// open; over HTTP again while each sender also holds a WebSocket, so every send is delivered once
// in real time (what sending costs when someone is online); and through Socket.IO and plain
// WebSocket, whose senders get their own message back the same way. Parley runs its default
// configuration (moderation on, rate limiting on with limits raised above the load, so their cost
// is measured, not their refusals).
import path from 'node:path';
import { SignJWT } from 'jose';
import { freshPostgres, load, type LoadResult, medianRound, pick, startParley, startProcess, tempDir } from './lib.js';
import { type SocketSender, socketIoSender, socketLoad, webSocketSender } from './socket-send.js';

type SocketTransport = 'websocket' | 'socketio';

const CONNECTIONS = 50;
const CONVERSATIONS = 50;
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';

const tokenFor = (userId: string) =>
  new SignJWT({ name: userId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));

export type SendVariant = 'jwt' | 'dev' | 'floor' | 'online' | 'websocket' | 'socketio';

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

  const parley = await startParley({
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
  // The socket clients open for the variant being run: none, one WebSocket per sender, or one Socket.IO client per sender.
  let open: { transport: SocketTransport; senders: { sender: SocketSender; conversationId: string }[] } | undefined;
  const closeSockets = () => {
    for (const { sender } of open?.senders ?? []) sender.close();
    open = undefined;
  };
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
    const connect = async (transport: SocketTransport | undefined) => {
      if (open?.transport === transport) return;
      closeSockets();
      if (transport === undefined) return;
      const senderOf = transport === 'websocket' ? webSocketSender : socketIoSender;
      open = { transport, senders: await Promise.all(conversations.map(async (c) => ({ sender: await senderOf(parley.url, c.token), conversationId: c.id }))) };
    };
    const sockets = () => open?.senders ?? [];

    const httpLoad = (url: string, makeRequest: Parameters<typeof load>[0]['makeRequest']) => (secs: number) => load({ url, connections: CONNECTIONS, seconds: secs, makeRequest });
    const variants: Record<SendVariant, { sockets?: SocketTransport; run: (secs: number) => Promise<LoadResult> }> = {
      jwt: { run: httpLoad(parley.url, parleyRequest('jwt')) },
      dev: { run: httpLoad(parley.url, parleyRequest('dev')) },
      floor: { run: httpLoad(floor.url, floorRequest) },
      online: { sockets: 'websocket', run: httpLoad(parley.url, parleyRequest('jwt')) },
      websocket: { sockets: 'websocket', run: (secs) => socketLoad(sockets(), secs) },
      socketio: { sockets: 'socketio', run: (secs) => socketLoad(sockets(), secs) },
    };
    const names = Object.keys(variants) as SendVariant[];
    const run = async (name: SendVariant, secs: number) => {
      await connect(variants[name].sockets);
      return variants[name].run(secs);
    };
    // Warm-up: JIT, statement caches, connection pools, token caches.
    for (const name of names) await run(name, 2);
    const all = Object.fromEntries(names.map((name) => [name, [] as LoadResult[]])) as Record<SendVariant, LoadResult[]>;
    for (let round = 0; round < rounds; round++) {
      for (const name of names) all[name].push(await run(name, seconds));
    }
    const median = Object.fromEntries(names.map((name) => [name, medianRound(all[name])])) as Record<SendVariant, LoadResult>;
    return { database, median, rounds: all };
  } finally {
    closeSockets();
    await parley.stop();
    await floor.stop();
    await pgParley?.drop();
    await pgFloor?.drop();
  }
}
