// @parley/client: a typed client for Parley's REST API and real-time events, for browsers and Node.
export { ParleyClient, type ClientEvents, type ParleyClientOptions } from './client.js';
export { type Auth, tokenClaims } from './auth.js';
export type { ConnectionState } from './realtime.js';
export { newClientMessageId, type PendingSend } from './outbox.js';
export { LIVENESS, type Liveness, webSocketTransport, type TransportFactory, type WebSocketConstructor } from './transport.js';
export type { UploadOptions } from './upload.js';
export {
  ClientClosedError,
  ConflictError,
  ContentRejectedError,
  NetworkError,
  ParleyError,
  ResyncRequiredError,
  type ErrorCode,
  type Violation,
} from './errors.js';
export type * from './types.js';
