// A client that stops reading its socket while events keep coming: what the server holds for it
// is bounded. Past MAX_UNREAD_BYTES its connection is ended (it reconnects and catches up with
// /sync), and the user goes offline like any user whose last socket went.
import type { Socket as NetSocket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UNREAD_BYTES } from '../../src/realtime/transports.js';
import { asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

/** The TCP socket under a `ws` client (the one the Socket.IO client uses too): paused, it reads nothing more. */
const tcpOf = (ws: unknown) => (ws as { _socket: NetSocket })._socket;

describe('a client that stops reading', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Moderation off: the test sends megabytes of text, which is not what it is about.
    server = await startServer(
      'sqlite',
      { RATE_LIMIT_PER_MINUTE: '1000000', MODERATION_PROFANITY: 'off', MODERATION_CONTACT_INFO: 'off', MODERATION_CONTACT_INFO_WHEN_BOOKED: 'off', MODERATION_CUSTOM: 'off' },
      { timings: { presenceGraceMs: 50 } },
    );
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const transport of ['websocket', 'socket.io'] as const) {
    it(`over ${transport}: is disconnected once it leaves more than the bound unread, and the server lets go of it`, async () => {
      const [slow, sender, watcher] = [uniqueId('slow'), uniqueId('sender'), uniqueId('watcher')];
      const conversation = await buildConversation(server, sender, [slow, watcher], { type: 'GROUP' });
      const watching = connectSocketIo(server, { userId: watcher });
      await watching.inbox.next('authenticated');
      let tcp: NetSocket;
      if (transport === 'websocket') {
        const client = connectWebSocket(server, { userId: slow });
        await client.inbox.next('authenticated');
        tcp = tcpOf(client.ws);
      } else {
        const client = connectSocketIo(server, { userId: slow });
        await client.inbox.next('authenticated');
        tcp = tcpOf((client.socket.io.engine.transport as unknown as { ws: unknown }).ws);
      }
      await watching.inbox.next('user_status_changed', (p) => p.userId === slow && p.status === 'online');
      tcp.pause();

      // Sent until the server gives up on the reader; it must well before the loopback's buffers
      // and the bound together are filled many times over.
      let offline = false;
      void watching.inbox.next('user_status_changed', (p) => p.userId === slow && p.status === 'offline', 120_000).then(() => (offline = true));
      const content = 'Still available? I can pick it up on Friday after work. '.repeat(70);
      let sent = 0;
      while (!offline) {
        const answers = await Promise.all(
          Array.from({ length: 25 }, () => asUser(server, sender).post(`/conversations/${conversation.id}/messages`, { content })),
        );
        expect(answers.every((answer) => answer.status === 201)).toBe(true);
        sent += answers.length * content.length;
        expect(sent, 'the reader was never let go').toBeLessThan(20 * MAX_UNREAD_BYTES);
      }
      tcp.destroy();
      watching.close();
    }, 120_000);
  }
});
