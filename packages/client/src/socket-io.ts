// The Socket.IO transport (namespace /messaging), in its own entry point so that applications
// using the plain WebSocket do not carry socket.io-client. Its own reconnection is off: the
// connection decides when to try again and catches up from the log in between.
import { io } from 'socket.io-client';
import type { TransportFactory } from './transport.js';

export function socketIoTransport(options: { path?: string } = {}): TransportFactory {
  return (target, handlers) => {
    const socket = io(`${target.baseUrl}/messaging`, {
      path: options.path ?? '/socket.io/',
      auth: { ...target.credentials },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    let done = false;
    const finish = (reason: string) => {
      if (done) return;
      done = true;
      socket.removeAllListeners();
      socket.disconnect();
      handlers.closed(reason);
    };
    socket.onAny((name: string, payload: unknown) => handlers.event(name, payload));
    socket.on('connect_error', (error) => finish(error.message));
    socket.on('disconnect', (reason) => finish(reason));
    return {
      send: (name, data) => {
        if (socket.connected) socket.emit(name, data);
      },
      close: () => finish('client closed'),
    };
  };
}
