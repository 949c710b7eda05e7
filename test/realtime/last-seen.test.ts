// When a user was last seen outlives the instance that saw them go: a restart (or a rolling
// deploy) does not turn everyone's lastSeenAt back to null; it is in the user's export, and an
// erasure takes it away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

describe.each(databaseKinds())('last seen on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind, {}, { timings: { presenceGraceMs: 50 } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('survives a restart, for users who left before it and users still connected when it stopped; an erasure forgets it', async () => {
    const [watcherId, left, stayed] = [uniqueId('watcher'), uniqueId('left'), uniqueId('stayed')];
    await buildConversation(server, watcherId, [left]);
    await buildConversation(server, watcherId, [stayed]);
    const watcher = connectSocketIo(server, { userId: watcherId });
    await watcher.inbox.next('authenticated');

    const leaving = connectWebSocket(server, { userId: left });
    await leaving.inbox.next('authenticated');
    const closedAt = new Date().toISOString();
    leaving.close();
    await watcher.inbox.next('user_status_changed', (p) => p.userId === left && p.status === 'offline');
    const [seen] = (await asUser(server, watcherId).get(`/presence?userIds=${left}`)).body.data;
    expect(seen.lastSeenAt >= closedAt).toBe(true);

    const staying = connectWebSocket(server, { userId: stayed });
    await staying.inbox.next('authenticated');
    watcher.close();
    const stoppedFrom = new Date().toISOString();
    await server.restart();

    const after = (await asUser(server, watcherId).get(`/presence?userIds=${left},${stayed}`)).body.data;
    expect(after).toEqual([
      { userId: left, status: 'offline', lastSeenAt: seen.lastSeenAt },
      { userId: stayed, status: 'offline', lastSeenAt: expect.any(String) },
    ]);
    expect(after[1].lastSeenAt >= stoppedFrom).toBe(true);

    // Data Parley holds about the user: in their export, and gone with their erasure.
    expect((await asService(server).get(`/users/${left}/export`)).body.lastSeenAt).toBe(seen.lastSeenAt);
    expect((await asService(server).delete(`/users/${left}`)).status).toBe(200);
    expect(await server.parley.ctx.store.users.lastSeenOf([left, stayed])).toEqual(new Map([[stayed, after[1].lastSeenAt]]));
  });
});
