// @parley/client against a real Parley on loopback, over both transports, with a network that
// is really cut and restored between them.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ClientClosedError,
  type ClientEvents,
  ConflictError,
  ContentRejectedError,
  ParleyClient,
  ParleyError,
  type TransportFactory,
  type WebSocketConstructor,
  webSocketTransport,
} from '../../packages/client/src/index.js';
import { socketIoTransport } from '../../packages/client/src/socket-io.js';
import { asService, asUser, buildConversation, sendMessage, signToken, startServer, type TestServer, uniqueId, withToken } from '../support/harness.js';
import { cuttableNetwork } from '../support/network.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer('sqlite', { WS_HEARTBEAT_INTERVAL: '1' });
});
afterAll(async () => server.stop());

const transports: Array<[string, () => TransportFactory | undefined]> = [
  ['plain WebSocket', () => undefined],
  ['Socket.IO', () => socketIoTransport()],
];

function clientFor(userId: string, baseUrl = server.baseUrl, transport?: TransportFactory): ParleyClient {
  return new ParleyClient({
    baseUrl,
    auth: { devUserId: userId },
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    reconnect: { initialDelayMs: 50, maxDelayMs: 400 },
    ...(transport ? { transport } : {}),
  });
}

/** Resolves with the first event of that name that matches, from now on. */
function next<K extends keyof ClientEvents>(
  client: ParleyClient,
  name: K,
  where: (payload: ClientEvents[K]) => boolean = () => true,
  timeoutMs = 8000,
): Promise<ClientEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no ${String(name)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = client.on(name, (payload) => {
      if (!where(payload)) return;
      clearTimeout(timer);
      stop();
      resolve(payload);
    });
  });
}

/** Resolves once `check` holds: tested now and after every event of that name. */
function until<K extends keyof ClientEvents>(client: ParleyClient, name: K, check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  if (check()) return Promise.resolve();
  return next(client, name, () => check(), timeoutMs).then(
    () => undefined,
    () => Promise.reject(new Error(`${what} within ${timeoutMs} ms`)),
  );
}

describe('REST calls', () => {
  it('creates, sends, lists and answers refusals as typed errors', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const client = clientFor(alice);
    const conversation = await client.createConversation({ participantIds: [bob], context: { type: 'listing', id: 'l1', title: 'Camera' } });
    expect(conversation.context?.title).toBe('Camera');
    const sent = await client.sendMessage(conversation.id, { content: 'Is it available?' });
    expect(sent.clientMessageId).toEqual(expect.any(String));
    expect((await client.sendMessage(conversation.id, { content: 'again', clientMessageId: sent.clientMessageId ?? '' })).id).toBe(sent.id);
    const page = await client.listMessages(conversation.id, { limit: 10 });
    expect(page.data.map((m) => m.content)).toEqual(['Is it available?']);
    expect((await clientFor(bob).unread()).totalUnread).toBe(1);

    await client.rest.request('PATCH', `/conversations/${conversation.id}`, { body: { status: 'closed' } });
    const closed = await client.sendMessage(conversation.id, { content: 'too late' }).catch((error: unknown) => error);
    expect(closed).toBeInstanceOf(ConflictError);
    expect((closed as ConflictError).code).toBe('CONVERSATION_CLOSED');

    const missing = await client.getConversation('nope').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ParleyError);
    expect((missing as ParleyError).status).toBe(404);
    client.close();
  });

  it('a send on a connection gone silent is given up after its time and tried again on a new one, stored once', async () => {
    const network = await cuttableNetwork(server.baseUrl);
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    const client = new ParleyClient({
      baseUrl: network.baseUrl,
      auth: { devUserId: alice },
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      reconnect: { initialDelayMs: 50, maxDelayMs: 400 },
      sendTimeoutMs: 1_000,
    });
    // The first send leaves a kept-alive connection that the next one takes (fetch puts it back
    // in its pool a turn of the event loop after the answer was read).
    await client.sendMessage(conversation.id, { content: 'before the silence' });
    await new Promise((resolve) => setImmediate(resolve));
    network.freeze();
    const timedOut = next(client, 'outbox_changed', (pending) => pending.some((p) => p.lastError !== undefined));
    const stored = await client.sendMessage(conversation.id, { content: 'into the silence' });
    expect((await timedOut)[0]?.lastError).toMatch(/no answer/);
    expect(stored).toMatchObject({ content: 'into the silence', seq: 2 });
    const all = await asUser(server, alice).get(`/conversations/${conversation.id}/messages?limit=50`);
    expect(all.body.data.map((m: { content: string }) => m.content)).toEqual(['into the silence', 'before the silence']);
    client.close();
    await network.close();
  });

  it('a send still waiting when the client is closed rejects with a ClientClosedError that names it', async () => {
    // Nothing answers there: the send waits in the outbox, retried, until the client is closed.
    const client = clientFor(uniqueId('closing'), 'http://127.0.0.1:9');
    const waiting = client.sendMessage('c_anything', { content: 'sent into the void', clientMessageId: 'void-1' }).catch((error: unknown) => error);
    await until(client, 'outbox_changed', () => client.pendingSends.length === 1, 'the send waits');
    client.close();
    const error = await waiting;
    expect(error).toBeInstanceOf(ClientClosedError);
    expect((error as ClientClosedError).clientMessageId).toBe('void-1');
  });

  it('reads a 422 CONTENT_REJECTED as a ContentRejectedError with its violations', async (test) => {
    const rejecting = await startServer('sqlite', { MODERATION_CONTACT_INFO: 'block' });
    try {
      const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
      const conversation = await buildConversation(rejecting, alice, [bob]);
      const client = clientFor(alice, rejecting.baseUrl);
      const content = 'call me on 0612 345 678 tonight';
      const refused = await client.sendMessage(conversation.id, { content }).catch((error: unknown) => error);
      client.close();
      if (!(refused instanceof Error) && (refused as { moderation?: { status: string } }).moderation?.status === 'clean') {
        test.skip('sends are not moderated on this build');
      }
      expect(refused).toBeInstanceOf(ContentRejectedError);
      const rejected = refused as ContentRejectedError;
      expect(rejected.code).toBe('CONTENT_REJECTED');
      expect(rejected.violations.length).toBeGreaterThan(0);
      const [violation] = rejected.violations;
      expect(content.slice(violation?.start, violation?.end)).toMatch(/0612/);
    } finally {
      await rejecting.stop();
    }
  });
});

describe.each(transports)('refused credentials over %s', (_name, transport) => {
  const states = (client: ParleyClient) => {
    const seen: string[] = [];
    client.on('connection_state', (state) => seen.push(state));
    return seen;
  };
  /** Whether the client tries again within `ms` (ten of its backoff periods): it must not. */
  const triesAgainWithin = (client: ParleyClient, ms: number) =>
    new Promise<boolean>((resolve) => {
      const stop = client.on('connection_state', () => {
        stop();
        resolve(true);
      });
      setTimeout(() => {
        stop();
        resolve(false);
      }, ms);
    });

  it('a token Parley refuses ends the connection with auth_error, instead of reconnecting for ever', async () => {
    const client = new ParleyClient({
      baseUrl: server.baseUrl,
      auth: { token: 'not-a-jwt' },
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      reconnect: { initialDelayMs: 20, maxDelayMs: 40 },
      ...(transport() ? { transport: transport() } : {}),
    });
    const seen = states(client);
    const refused = next(client, 'auth_error');
    client.connect();
    expect(await refused).toMatchObject({ code: 'AUTH_FAILED' });
    expect(client.connectionState).toBe('closed');
    expect(seen).toEqual(['connecting', 'closed']);
    expect(await triesAgainWithin(client, 400)).toBe(false);
    client.close();
  });

  it('a user erased while connected hears auth_error once, and the client stops there', async () => {
    const me = uniqueId('erased');
    const client = clientFor(me, server.baseUrl, transport());
    const authenticated = next(client, 'authenticated');
    client.connect();
    expect(await authenticated).toMatchObject({ userId: me });
    await next(client, 'connection_state', (state) => state === 'connected');
    const refusals: unknown[] = [];
    client.on('auth_error', (refusal) => refusals.push(refusal));
    const closed = next(client, 'connection_state', (state) => state === 'closed');
    expect((await asService(server).delete(`/users/${me}`)).status).toBe(200);
    await closed;
    expect(refusals).toEqual([expect.objectContaining({ code: 'AUTH_FAILED' })]);
    expect(await triesAgainWithin(client, 400)).toBe(false);
    client.close();
  });

  it('a fixed token that expires is told once as TOKEN_EXPIRED and the client goes to closed, not round again with it', async () => {
    const me = uniqueId('fixed');
    const client = new ParleyClient({
      baseUrl: server.baseUrl,
      auth: { token: await signToken({ sub: me }, { expiresIn: '1s' }) },
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      reconnect: { initialDelayMs: 20, maxDelayMs: 40 },
      ...(transport() ? { transport: transport() } : {}),
    });
    const seen = states(client);
    const refusals: unknown[] = [];
    client.on('auth_error', (refusal) => refusals.push(refusal));
    const closed = next(client, 'connection_state', (state) => state === 'closed');
    client.connect();
    await closed;
    expect(refusals).toEqual([expect.objectContaining({ reason: 'TOKEN_EXPIRED' })]);
    expect(seen).toEqual(['connecting', 'connected', 'reconnecting', 'closed']);
    expect(await triesAgainWithin(client, 400)).toBe(false);
    client.close();
  }, 20_000);

  describe('from an address that guessed too often', () => {
    let guarded: TestServer;
    beforeAll(async () => {
      guarded = await startServer('sqlite', { RATE_LIMIT_PER_MINUTE: '3' });
    });
    afterAll(async () => guarded?.stop());

    it('a good token waits out the minute Parley names (429 with Retry-After), then is tried again: the client does not close', async () => {
      for (let i = 0; i < 3; i++) expect((await withToken(guarded, 'not-a-jwt').get('/conversations')).status).toBe(401);
      const answers: number[] = [];
      const client = new ParleyClient({
        baseUrl: guarded.baseUrl,
        auth: { token: await signToken({ sub: uniqueId() }) },
        WebSocket: WebSocket as unknown as WebSocketConstructor,
        reconnect: { initialDelayMs: 20, maxDelayMs: 40 },
        fetch: async (...args: Parameters<typeof fetch>) => {
          const response = await fetch(...args);
          answers.push(response.status);
          return response;
        },
        ...(transport() ? { transport: transport() } : {}),
      });
      const refusals: unknown[] = [];
      client.on('auth_error', (refusal) => refusals.push(refusal));
      const waiting = next(client, 'connection_state', (state) => state === 'reconnecting');
      client.connect();
      await waiting;
      // Not again after its own backoff of 20-40 ms: it waits for what Parley named (the rest of the minute).
      expect(await triesAgainWithin(client, 400)).toBe(false);
      expect(answers).toEqual([429]);
      expect(client.connectionState).toBe('reconnecting');
      expect(refusals).toEqual([]);
      client.close();
    });
  });
});

describe.each(transports)('short-lived tokens over %s', (_name, transport) => {
  it('the connection outlives each token: renewed with a fresh one before it expires, never dropped, events still arrive', async () => {
    const [me, peer] = [uniqueId('renewing'), uniqueId('peer')];
    const conversation = await buildConversation(server, peer, [me]);
    // Each token lives 3 s; the client asks for one to connect, for its REST calls and to renew.
    let firstExpiry: number | undefined;
    let outlived: () => void = () => {};
    const firstExpired = new Promise<void>((resolve) => (outlived = resolve));
    const client = new ParleyClient({
      baseUrl: server.baseUrl,
      auth: {
        token: async () => {
          const token = await signToken({ sub: me }, { expiresIn: '3s' });
          firstExpiry ??= (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;
          if (Date.now() > firstExpiry + 1000) outlived();
          return token;
        },
      },
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      reconnect: { initialDelayMs: 50, maxDelayMs: 400 },
      ...(transport() ? { transport: transport() } : {}),
    });
    const states: string[] = [];
    client.on('connection_state', (state) => states.push(state));
    const refusals: unknown[] = [];
    client.on('auth_error', (refusal) => refusals.push(refusal));
    client.connect();
    await next(client, 'connection_state', (state) => state === 'connected');
    await firstExpired;

    const arrived = next(client, 'new_message', (message) => message.conversationId === conversation.id);
    await sendMessage(server, peer, conversation.id, 'still there?');
    expect((await arrived).content).toBe('still there?');
    expect(refusals).toEqual([]);
    expect(states).toEqual(['connecting', 'connected']);
    client.close();
  }, 20_000);
});

describe('a plain WebSocket gone dead without a word', () => {
  it('is found out by its pings, given up, and the client reconnects and catches up', async () => {
    const network = await cuttableNetwork(server.baseUrl);
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    const liveness = { pingEveryMs: 200, answerWithinMs: 300, openWithinMs: 2_000 };
    const a = new ParleyClient({
      baseUrl: network.baseUrl,
      auth: { devUserId: alice },
      transport: webSocketTransport(WebSocket as unknown as WebSocketConstructor, liveness),
      reconnect: { initialDelayMs: 50, maxDelayMs: 400 },
      // The catch-up after the reconnect may first meet a pooled HTTP connection that died too.
      catchUpTimeoutMs: 1_000,
    });
    try {
      const states: string[] = [];
      a.on('connection_state', (state) => states.push(state));
      a.connect();
      await next(a, 'connection_state', (s) => s === 'connected');
      // Answered pings keep a live connection: several go by without a reconnect.
      await new Promise((resolve) => setTimeout(resolve, liveness.pingEveryMs * 4));
      expect(states).toEqual(['connecting', 'connected']);

      // The path dies; not even the server's closing reaches the client.
      network.sever();
      const arriving = next(a, 'new_message', (m) => m.content === 'said while the path was dead');
      await sendMessage(server, bob, conversation.id, 'said while the path was dead');
      expect((await arriving).seq).toBe(1);
      expect(states).toContain('reconnecting');
    } finally {
      a.close();
      await network.close();
    }
  });

  it('is given up when its handshake gets no answer', async () => {
    // A server that takes the connection and never says a word.
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const transport = webSocketTransport(WebSocket as unknown as WebSocketConstructor, { pingEveryMs: 200, answerWithinMs: 300, openWithinMs: 300 });
    try {
      const reason = await new Promise<string>((resolve) => {
        transport({ baseUrl: `http://127.0.0.1:${port}`, apiPrefix: '/api/v1', credentials: { userId: 'nobody' } }, { event: () => undefined, closed: resolve });
      });
      expect(reason).toBe('not open in time');
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe.each(transports)('real time over %s', (_name, transport) => {
  it('hands events typed by name, typing to joined conversations', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    const a = clientFor(alice, server.baseUrl, transport());
    const b = clientFor(bob, server.baseUrl, transport());
    const connected = Promise.all([next(a, 'connection_state', (s) => s === 'connected'), next(b, 'connection_state', (s) => s === 'connected')]);
    a.connect();
    b.connect();
    await connected;
    b.joinConversation(conversation.id);
    await next(b, 'conversation_joined');

    const arriving = next(b, 'new_message');
    await a.sendMessage(conversation.id, { content: 'hello' });
    const message = await arriving;
    expect(message.content).toBe('hello');
    expect(message.cursor).toMatch(/^\d+$/);

    const typing = next(b, 'typing_indicator');
    a.setTyping(conversation.id, true);
    expect(await typing).toMatchObject({ conversationId: conversation.id, userId: alice, isTyping: true });

    const read = next(a, 'message_read');
    await b.markRead(conversation.id);
    expect(await read).toMatchObject({ userId: bob, lastReadSeq: 1 });
    a.close();
    b.close();
  });

  it('after a lost connection, catches up once and in order, and sends what was queued once', async () => {
    const network = await cuttableNetwork(server.baseUrl);
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    const a = clientFor(alice, network.baseUrl, transport());
    const seqs: number[] = [];
    a.on('new_message', (message) => seqs.push(message.seq));
    const states: string[] = [];
    a.on('connection_state', (state) => states.push(state));
    a.connect();
    await next(a, 'connection_state', (s) => s === 'connected');
    await sendMessage(server, bob, conversation.id, 'one');
    await until(a, 'new_message', () => seqs.includes(1), 'the first message');

    const dropped = next(a, 'connection_state', (s) => s === 'reconnecting');
    network.cut();
    await dropped;
    for (const content of ['two', 'three', 'four']) await sendMessage(server, bob, conversation.id, content);
    const queued = a.sendMessage(conversation.id, { content: 'sent while offline' });
    await next(a, 'outbox_changed', (pending) => pending.some((p) => p.attempts > 0 && p.lastError !== undefined));
    expect(a.pendingSends).toHaveLength(1);

    network.restore();
    const stored = await queued;
    expect(stored.seq).toBe(5);
    await until(a, 'new_message', () => seqs.includes(5), 'the queued message, live');
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(states).toContain('reconnecting');
    const all = await asUser(server, alice).get(`/conversations/${conversation.id}/messages?limit=50`);
    expect(all.body.data.filter((m: { content: string }) => m.content === 'sent while offline')).toHaveLength(1);

    a.close();
    await network.close();
  });
});
