// Network helpers for tests: a free port on loopback for a server a test starts itself, and a TCP
// relay in front of a test server whose network can be cut and restored, so that a client meets
// a real lost connection: open sockets are destroyed and new ones refused until restored; or
// frozen: open sockets stay open and carry nothing, as on a path that went dead; or severed:
// frozen, and neither end hears the other close (a laptop that slept, a network that changed).
import net from 'node:net';

/** A port on 127.0.0.1 that nothing listens on now, for a server the test starts itself. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface CuttableNetwork {
  /** http://127.0.0.1:<relay port>: use it instead of the server's own base URL. */
  baseUrl: string;
  cut(): void;
  /** The connections open now go silent both ways without closing (a dead path); new ones pass. */
  freeze(): void;
  /** As freeze, and a close at one end no longer reaches the other: only its own timers tell a client. */
  sever(): void;
  /** As freeze, and new connections are taken but carry nothing either (a server that hangs). */
  hang(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function cuttableNetwork(targetBaseUrl: string): Promise<CuttableNetwork> {
  const target = new URL(targetBaseUrl);
  const open = new Set<net.Socket>();
  let down = false;
  let hung = false;
  const relay = net.createServer((incoming) => {
    if (down) return incoming.destroy();
    if (hung) {
      open.add(incoming);
      incoming.pause().on('error', () => undefined);
      return;
    }
    const outgoing = net.connect(Number(target.port), target.hostname);
    open.add(incoming).add(outgoing);
    const drop = () => {
      incoming.destroy();
      outgoing.destroy();
      open.delete(incoming);
      open.delete(outgoing);
    };
    incoming.on('error', drop).on('close', drop);
    outgoing.on('error', drop).on('close', drop);
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as net.AddressInfo;
  const freeze = () => {
    for (const socket of open) {
      socket.unpipe();
      socket.pause();
    }
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    cut() {
      down = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    freeze,
    sever() {
      for (const socket of open) {
        socket.unpipe();
        socket.pause();
        socket.removeAllListeners('close').removeAllListeners('error').on('error', () => undefined);
      }
    },
    hang() {
      hung = true;
      freeze();
    },
    restore() {
      down = false;
      hung = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}
