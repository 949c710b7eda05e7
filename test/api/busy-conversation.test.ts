// One conversation whose writers cannot get their turn (a row locked by another session here; a
// burst into one busy group alike) holds at most two of the pool's connections: the other
// conversations' requests are served meanwhile, and the waiting sends, edits and reactions give
// up after the lock timeout with 503, nothing written.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

const POOL_SIZE = 4;
const WAITING_SENDS = 3 * POOL_SIZE;

describe.skipIf(!databaseKinds().includes('postgres'))('a conversation that cannot get its turn on PostgreSQL', () => {
  let server: TestServer;
  let locker: pg.Client;
  beforeAll(async () => {
    server = await startServer('postgres', { DATABASE_POOL_SIZE: String(POOL_SIZE), DATABASE_LOCK_TIMEOUT_MS: '3000' });
    locker = new pg.Client({ connectionString: server.databaseUrl });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await server?.stop();
  });

  it('leaves the rest of the pool to other conversations, and its sends answer 503 with nothing written', async () => {
    const [owner, peer] = [uniqueId('owner'), uniqueId('peer')];
    const busy = await buildConversation(server, owner, [peer]);
    const quiet = await buildConversation(server, owner, [uniqueId('other')]);
    await sendMessage(server, owner, busy.id, 'before the lock');

    await locker.query('begin');
    await locker.query('select id from conversations where id = $1 for update', [busy.id]);
    const answered: string[] = [];
    let waiting: Promise<number>[] = [];
    try {
      waiting = Array.from({ length: WAITING_SENDS }, (_, i) =>
        asUser(server, owner)
          .post(`/conversations/${busy.id}/messages`, { content: `waiting ${i}` })
          .then((response) => {
            answered.push('busy');
            return response.status;
          }),
      );
      // Every one of those is waiting; a send and a read elsewhere are served in the meantime.
      const elsewhere = await asUser(server, owner).post(`/conversations/${quiet.id}/messages`, { content: 'served meanwhile' });
      expect(elsewhere.status).toBe(201);
      const read = await asUser(server, owner).get(`/conversations/${quiet.id}/messages`);
      expect(read.status).toBe(200);
      expect(answered).toEqual([]);
    } finally {
      const statuses = await Promise.all(waiting);
      await locker.query('rollback');
      expect(statuses.every((status) => status === 503)).toBe(true);
    }
    const page = await asUser(server, owner).get(`/conversations/${busy.id}/messages`);
    expect(page.body.data.map((m: { content: string }) => m.content)).toEqual(['before the lock']);
    expect((await sendMessage(server, owner, busy.id, 'after the lock')).seq).toBe(2);
  });

  it('holds its edits, reactions and first messages to it as a new conversation that wait for its turn to two connections as well', async () => {
    const [owner, peer] = [uniqueId('owner'), uniqueId('peer')];
    const busy = await buildConversation(server, owner, [peer]);
    const quiet = await buildConversation(server, owner, [uniqueId('other')]);
    const message = await sendMessage(server, owner, busy.id, 'as first written');

    await locker.query('begin');
    await locker.query('select id from conversations where id = $1 for update', [busy.id]);
    let answered = 0;
    let waiting: Promise<number>[] = [];
    try {
      waiting = Array.from({ length: WAITING_SENDS }, (_, i) => {
        const request =
          i % 3 === 0
            ? asUser(server, owner).patch(`/messages/${message.id}`, { content: `edited ${i}` })
            : i % 3 === 1
              ? asUser(server, peer).post(`/messages/${message.id}/reactions`, { emoji: '👍' })
              : // The DIRECT conversation of the two exists: this is a message into it.
                asUser(server, peer).post('/conversations', { participantIds: [owner], message: `through create ${i}` });
        return request.then((response) => {
          answered += 1;
          return response.status;
        });
      });
      const elsewhere = await asUser(server, owner).post(`/conversations/${quiet.id}/messages`, { content: 'served meanwhile' });
      expect(elsewhere.status).toBe(201);
      expect((await asUser(server, owner).get(`/conversations/${quiet.id}/messages`)).status).toBe(200);
      expect(answered).toBe(0);
    } finally {
      const statuses = await Promise.all(waiting);
      await locker.query('rollback');
      expect(statuses.every((status) => status === 503)).toBe(true);
    }
    const stored = await asUser(server, owner).get(`/messages/${message.id}`);
    expect(stored.body.content).toBe('as first written');
    expect(stored.body.reactions).toEqual([]);
    const page = await asUser(server, owner).get(`/conversations/${busy.id}/messages`);
    expect(page.body.data.map((m: { content: string }) => m.content)).toEqual(['as first written']);
  });
});
