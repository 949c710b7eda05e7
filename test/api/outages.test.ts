// The database going away is an outage, not a bug: requests answer 503 UNAVAILABLE with
// Retry-After, /ready says so, and the same process serves again once the database is back,
// with nothing acknowledged lost or sent twice.
import { setTimeout as pause } from 'node:timers/promises';
import Database from 'better-sqlite3';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineRepository } from '../../src/storage/timeline.repository.js';
import { anonymous, asUser, buildConversation, type Response, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { PrivatePostgres, privatePostgresAvailable } from '../support/private-postgres.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

function expectUnavailable(response: Response<{ error: { code: string }; requestId: string }>): void {
  expect(response.status).toBe(503);
  expect(response.body.error.code).toBe('UNAVAILABLE');
  expect(response.body.requestId).toEqual(expect.any(String));
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
}

interface Ack {
  clientMessageId: string;
  id: string;
  seq: number;
}

/**
 * Senders that each send one message after another into one conversation and retry a message
 * that was answered 503 with the same clientMessageId until it is acknowledged.
 */
class SendLoad {
  readonly acks: Ack[] = [];
  readonly unavailable: number[] = [];
  readonly unexpected: string[] = [];
  private stopping = false;
  private abandoned = false;
  private readonly running: Promise<void>[] = [];
  private ackWaiters: { count: number; resolve: () => void }[] = [];

  constructor(
    private readonly server: TestServer,
    private readonly senderId: string,
    private readonly conversationId: string,
  ) {}

  start(senders: number): void {
    for (let sender = 0; sender < senders; sender++) this.running.push(this.sender(sender));
  }

  /** Resolves once `count` messages in all have been acknowledged. */
  acknowledged(count: number): Promise<void> {
    if (this.acks.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.ackWaiters.push({ count, resolve }));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
  }

  /** After a failed test: stop at once, also retries (the database may be down for good). */
  async abandon(): Promise<void> {
    this.abandoned = true;
    await this.stop();
  }

  private async sender(sender: number): Promise<void> {
    const client = asUser(this.server, this.senderId);
    for (let n = 0; !this.stopping; n++) {
      const clientMessageId = `s${sender}-${n}`;
      // The message is retried until acknowledged, even while stopping: nothing is left half sent.
      while (!this.abandoned) {
        let response: Response;
        try {
          response = await client.post(`/conversations/${this.conversationId}/messages`, { content: `message ${clientMessageId}`, clientMessageId });
        } catch (error) {
          this.unexpected.push(`request failed: ${String(error)}`);
          return;
        }
        if (response.status === 201 || response.status === 200) {
          const message = response.body as Ack;
          this.acks.push({ clientMessageId, id: message.id, seq: message.seq });
          this.ackWaiters = this.ackWaiters.filter((waiter) => (this.acks.length >= waiter.count ? (waiter.resolve(), false) : true));
          break;
        }
        if (response.status !== 503) {
          this.unexpected.push(`${response.status} ${JSON.stringify(response.body)}`);
          return;
        }
        expectUnavailable(response as Response<{ error: { code: string }; requestId: string }>);
        this.unavailable.push(Date.now());
        // Pacing of this load generator while the database is down, so that 2 cores are not
        // spent on refused connections (a real client would wait Retry-After).
        await pause(10);
      }
    }
  }
}

describe.skipIf(!privatePostgresAvailable())('PostgreSQL killed under load', () => {
  let postgres: PrivatePostgres;
  let server: TestServer;
  let load: SendLoad | undefined;
  beforeAll(async () => {
    postgres = await PrivatePostgres.start();
    server = await startServer('sqlite', { DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: '8' });
  }, 60_000);
  afterAll(async () => {
    await load?.abandon();
    await server?.stop();
    await postgres?.stop();
  });

  it('answers 503 while it is down, serves again within seconds of each restart, loses and doubles nothing', async () => {
    const buyer = uniqueId('buyer');
    const seller = uniqueId('seller');
    const conversation = await buildConversation(server, buyer, [seller]);
    load = new SendLoad(server, buyer, conversation.id);
    load.start(6);

    for (let kill = 1; kill <= 3; kill++) {
      await load.acknowledged(load.acks.length + 30);
      await postgres.kill();
      // While it is down: the routes that need it and readiness say so; liveness does not.
      expectUnavailable(await asUser(server, seller).get(`/conversations/${conversation.id}/messages`));
      // A search too, though its index is kept by a thread with connections of its own.
      expectUnavailable(await asUser(server, seller).get('/search?q=message'));
      const ready = await anonymous(server).get('/ready');
      expect(ready.status).toBe(503);
      expect(Number(ready.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(ready.body.checks.database.status).toBe('unavailable');
      expect((await anonymous(server).get('/health')).status).toBe(200);
      // The hourly pruning of the event log, run now: it waits for the next hour, and the process lives on.
      expect(await server.parley.delivery.prune()).toBe(0);

      await postgres.run();
      const restarted = Date.now();
      await load.acknowledged(load.acks.length + 10);
      expect(Date.now() - restarted, `serving again after restart ${kill}`).toBeLessThan(5_000);
      expect(load.unexpected).toEqual([]);
    }
    await load.stop();

    expect(load.unexpected).toEqual([]);
    expect(load.unavailable.length).toBeGreaterThan(0);
    expect((await anonymous(server).get('/ready')).status).toBe(200);
    const found = await asUser(server, seller).get('/search?q=message');
    expect(found.status).toBe(200);
    expect(found.body.data.length).toBeGreaterThan(0);

    // Every acknowledged message is stored once, with the id and seq it was acknowledged with,
    // and seqs run 1..n with no gap and no repeat.
    const stored: Ack[] = [];
    for (let after = 0; ; ) {
      const page = await asUser(server, seller).get(`/conversations/${conversation.id}/messages?after=${after}&limit=100`);
      expect(page.status).toBe(200);
      const messages = page.body.data as Ack[];
      if (messages.length === 0) break;
      stored.push(...messages);
      after = (messages.at(-1) as Ack).seq;
    }
    expect(stored.map((message) => message.seq)).toEqual(stored.map((_, i) => i + 1));
    const storedByClientId = new Map(stored.map((message) => [message.clientMessageId, message]));
    expect(storedByClientId.size).toBe(stored.length);
    expect(stored.length).toBe(load.acks.length);
    for (const ack of load.acks) {
      expect(storedByClientId.get(ack.clientMessageId), ack.clientMessageId).toMatchObject({ id: ack.id, seq: ack.seq });
    }
  }, 120_000);

  it('a frozen server that answers nothing: requests answer 503 soon after the statement timeout, on an open connection or a new one', async () => {
    // One connection: the second request below has to open a new one, to a server whose kernel
    // accepts the TCP connection and which then says nothing.
    const quick = await startServer('sqlite', { DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: '1', DATABASE_STATEMENT_TIMEOUT_MS: '1000' });
    const user = uniqueId();
    try {
      // The pool's connection is open and idle: what a request takes when the server freezes.
      const conversation = await buildConversation(quick, user, [uniqueId()]);
      postgres.freeze();
      for (const attempt of ['on the open connection', 'on a new connection']) {
        const answered = asUser(quick, user).post(`/conversations/${conversation.id}/messages`, { content: 'sent into a frozen server' });
        // Without limits of its own the client would wait as long as the server is frozen (here, until the race is lost).
        const late = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 20_000).unref());
        expect(await Promise.race([answered, late]), attempt).not.toBe('still waiting');
        expectUnavailable(await answered);
      }
    } finally {
      postgres.thaw();
      await quick.stop();
    }
    // And once it answers again, so do the requests.
    expect((await asUser(server, user).get('/conversations')).status).toBe(200);
  }, 60_000);

  it('a server that freezes in the middle of a send: 503 after one statement timeout, not a second one for the rollback', async () => {
    const quick = await startServer('sqlite', { DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: '4', DATABASE_STATEMENT_TIMEOUT_MS: '4000' });
    const oneTimeout = 4_000 + 2_000;
    const user = uniqueId();
    const append = TimelineRepository.prototype.append;
    try {
      const conversation = await buildConversation(quick, user, [uniqueId()]);
      // The send's transaction has begun and locked its conversation when the server stops answering.
      TimelineRepository.prototype.append = function (...args) {
        TimelineRepository.prototype.append = append;
        postgres.freeze();
        return append.apply(this, args);
      };
      const answered = asUser(quick, user).post(`/conversations/${conversation.id}/messages`, { content: 'sent as the server froze' });
      const late = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), oneTimeout * 1.75).unref());
      expect(await Promise.race([answered, late])).not.toBe('still waiting');
      expectUnavailable(await answered);
    } finally {
      TimelineRepository.prototype.append = append;
      postgres.thaw();
      await quick.stop();
    }
  }, 60_000);

  it('a socket that connects while it is down is told UNAVAILABLE, not that its credentials failed, and is let in once it is back', async () => {
    const user = uniqueId('reconnecting');
    await postgres.kill();
    try {
      for (const socket of [connectWebSocket(server, { userId: user }), connectSocketIo(server, { userId: user })]) {
        expect((await socket.inbox.next('error')).payload).toMatchObject({ code: 'UNAVAILABLE' });
        expect(socket.inbox.count('auth_error')).toBe(0);
        if ('closed' in socket) expect((await socket.closed).code).toBe(1001);
        else await socket.inbox.next('disconnect');
      }
    } finally {
      await postgres.run();
    }
    const again = connectWebSocket(server, { userId: user });
    expect((await again.inbox.next('authenticated', () => true, 10_000)).payload.userId).toBe(user);
    again.close();
  }, 60_000);
});

describe('SQLite locked by another process', () => {
  let server: TestServer;
  let file: string;
  beforeAll(async () => {
    server = await startServer('sqlite', { SQLITE_BUSY_TIMEOUT_MS: '100' });
    file = path.join(server.env.DATA_DIR as string, 'parley.db');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 503 while another process holds the write lock, and serves again once it lets go', async () => {
    const owner = uniqueId();
    const conversation = await buildConversation(server, owner, [uniqueId()]);
    const send = (content: string) => asUser(server, owner).post(`/conversations/${conversation.id}/messages`, { content });

    const other = new Database(file);
    other.exec('begin exclusive');
    try {
      expectUnavailable(await send('while locked'));
      // Reads do not need the write lock.
      expect((await asUser(server, owner).get(`/conversations/${conversation.id}/messages`)).status).toBe(200);
    } finally {
      other.exec('rollback');
      other.close();
    }
    const after = await send('after the lock');
    expect(after.status).toBe(201);
    expect(after.body.seq).toBe(1);
  });

  it('answers 503 while the disk is full, and serves again once there is room', async () => {
    const owner = uniqueId();
    const conversation = await buildConversation(server, owner, [uniqueId()]);
    const db = server.parley.ctx.database.db;
    // The file may grow no further: SQLite's answer is the one a full disk gives (SQLITE_FULL).
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
    await sql.raw(`pragma max_page_count = ${rows[0]?.page_count ?? 0}`).execute(db);
    const content = 'a long enough message to fill the last free pages soon. '.repeat(60);
    let refused: Response<{ error: { code: string }; requestId: string }> | undefined;
    let accepted = 0;
    try {
      for (let i = 0; i < 500 && refused === undefined; i++) {
        const answer = await asUser(server, owner).post(`/conversations/${conversation.id}/messages`, { content, clientMessageId: `full-${i}` });
        if (answer.status === 201) accepted++;
        else refused = answer;
      }
    } finally {
      await sql.raw('pragma max_page_count = 1073741823').execute(db);
    }
    expect(refused, 'the file never filled up').toBeDefined();
    expectUnavailable(refused as Response<{ error: { code: string }; requestId: string }>);
    const again = await asUser(server, owner).post(`/conversations/${conversation.id}/messages`, { content: 'room again' });
    expect(again.status).toBe(201);
    expect(again.body.seq).toBe(accepted + 1);
  });
});
