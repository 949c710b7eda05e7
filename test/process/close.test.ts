import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '../support/harness.js';

describe('closing the service', () => {
  it('ends a connection whose request is still arriving instead of waiting for it (a keep-alive would hold it for a minute)', async () => {
    const server = await startServer('sqlite');
    const url = new URL(server.prefix);
    const socket = connect(Number(url.port), url.hostname);
    await once(socket, 'connect');
    const body = JSON.stringify({ participantIds: ['someone'] });
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    // "Expect: 100-continue": the server answers as soon as it holds the request's headers.
    socket.write(
      `POST ${url.pathname}/conversations HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: keep-alive\r\n\r\n`,
    );
    await new Promise<void>((resolve) => socket.on('data', () => received.includes('100 Continue') && resolve()));
    const closed = once(socket, 'close');

    const stopping = server.stop();
    socket.write(body);
    // Before, closing waited for this connection to end by itself: past the test's timeout.
    await stopping;
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
