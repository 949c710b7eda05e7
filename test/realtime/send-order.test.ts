// A socket is an ordered channel: messages a client sends without waiting for each ack are stored
// in the order it sent them, on either database (PostgreSQL runs concurrent sends side by side).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

const BURST = 30;

describe.each(databaseKinds())('sends pipelined on one socket, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('plain WebSocket and Socket.IO store a burst in the order it was sent', async () => {
    const [sender, other] = [uniqueId('sender'), uniqueId('other')];
    const conversation = await buildConversation(server, sender, [other]);
    const ws = connectWebSocket(server, { userId: sender });
    await ws.inbox.next('authenticated');
    const sio = connectSocketIo(server, { userId: sender });
    await sio.inbox.next('authenticated');

    const wsAcks = await Promise.all(
      Array.from({ length: BURST }, (_, i) => ws.request('send_message', { conversationId: conversation.id, content: `ws ${i}` })),
    );
    expect(wsAcks.map((ack) => ack.payload.content)).toEqual(Array.from({ length: BURST }, (_, i) => `ws ${i}`));
    const wsSeqs = wsAcks.map((ack) => ack.payload.seq as number);
    expect(wsSeqs).toEqual(Array.from({ length: BURST }, (_, i) => wsSeqs[0]! + i));

    const sioAcks = (await Promise.all(
      Array.from({ length: BURST }, (_, i) => sio.emit('send_message', { conversationId: conversation.id, content: `sio ${i}` })),
    )) as { seq: number }[];
    const sioSeqs = sioAcks.map((ack) => ack.seq);
    expect(sioSeqs).toEqual(Array.from({ length: BURST }, (_, i) => sioSeqs[0]! + i));
    ws.close();
    sio.close();
  });
});
