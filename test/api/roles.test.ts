// ROLES decides what one process serves: probes and metrics always, REST with `api`, sockets
// with `realtime`.
import { afterEach, describe, expect, it } from 'vitest';
import { anonymous, asUser, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

describe('ROLES', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  const expectProbesAndMetrics = async (running: TestServer) => {
    expect((await anonymous(running).get('/health')).status).toBe(200);
    expect((await anonymous(running).get('/ready')).status).toBe(200);
    expect((await fetch(`${running.baseUrl}/metrics`)).status).toBe(200);
  };

  it('without `api`: no REST routes, no docs; probes, metrics and both socket transports stay', async () => {
    server = await startServer('sqlite', { ROLES: 'realtime,delivery' });
    await expectProbesAndMetrics(server);
    for (const path of ['/conversations', '/me', '/', '/openapi.json', '/docs']) {
      const response = await asUser(server, uniqueId()).get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
      expect(response.body.requestId).toEqual(expect.any(String));
    }
    expect((await asUser(server, uniqueId()).post('/conversations', { participantIds: ['x'] })).status).toBe(404);

    const socketIo = connectSocketIo(server, { userId: uniqueId() });
    expect((await socketIo.inbox.next('authenticated')).payload.userId).toEqual(expect.any(String));
    socketIo.close();
    const ws = connectWebSocket(server, { userId: uniqueId() });
    await ws.opened;
    await ws.inbox.next('authenticated');
    ws.close();
  });

  it('without `realtime`: REST and probes, no Socket.IO and no plain WebSocket', async () => {
    server = await startServer('sqlite', { ROLES: 'api' });
    await expectProbesAndMetrics(server);
    const user = uniqueId();
    const conversation = await asUser(server, user).post('/conversations', { participantIds: [uniqueId()] });
    expect(conversation.status).toBe(201);

    const socketIo = connectSocketIo(server, { userId: user });
    await socketIo.inbox.next('connect_error');
    expect(socketIo.inbox.count('authenticated')).toBe(0);
    socketIo.close();
    const polling = await fetch(`${server.baseUrl}/socket.io/?EIO=4&transport=polling`);
    expect(polling.status).toBe(404);
    const ws = connectWebSocket(server, { userId: user });
    await expect(ws.opened).rejects.toThrow();
  });
});
