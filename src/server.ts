// Starts and stops one Parley instance: the roles it runs share one context and one database.
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { type AppContext, createContext } from './context.js';
import { buildHttpApp } from './http/app.js';
import { Realtime } from './realtime/realtime.js';
import { Delivery } from './delivery/delivery.js';
import { type Timings, withTimings } from './timings.js';

export interface Parley {
  ctx: AppContext;
  http: FastifyInstance;
  realtime: Realtime | undefined;
  delivery: Delivery;
  /**
   * Listens on config.host:config.port (port 0 picks a free one), then starts the background
   * work (delivery, sweeps, indexing, a rotation to resume); returns the base URL.
   */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export interface ParleyOptions {
  /** The process's logger (main.ts makes it before the config is known); one from the config otherwise. */
  logger?: Logger;
  /** Overrides of Parley's own intervals (see timings.ts); tests use them, production does not. */
  timings?: Partial<Timings>;
  /** The module whose `createContentPolicy` reviews on the policy thread: Parley's own, unless a test brings one that misbehaves. */
  policyModule?: string;
}

/** How long /ready waits for each dependency before calling it unavailable. */
const READINESS_CHECK_MS = 2_000;

/** The promise's value, or `fallback` when it fails or has not settled within READINESS_CHECK_MS. */
function withinTime<T, F>(promise: Promise<T>, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), READINESS_CHECK_MS);
  });
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

export async function createParley(config: Config, options: ParleyOptions = {}): Promise<Parley> {
  const ctx = await createContext(config, options.logger, withTimings(options.timings), options);
  const delivery = new Delivery(ctx);
  // The database (and Redis, when configured) decide readiness. Delivery lag is reported, not
  // judged: a receiver being down does not make Parley unready.
  const readiness = async (): Promise<Record<string, unknown>> => {
    const kind = ctx.database.dialect.name;
    const checks: Record<string, unknown> = {};
    // A dependency that does not answer (a network that drops packets) is as unavailable as
    // one that refuses: the probe answers within READINESS_CHECK_MS either way.
    const [database, redis, sinks] = await Promise.all([
      withinTime(ctx.store.ping(), 'unavailable' as const),
      config.redisUrl ? withinTime(ctx.bus.health(), 'unavailable' as const) : undefined,
      delivery.sinks.length > 0 ? withinTime(delivery.lag(), 'unknown' as const) : undefined,
    ]);
    checks.database = { status: database === 'ok' ? 'ok' : 'unavailable', kind, ...(database === 'read-only' ? { reason: 'read-only' } : {}) };
    if (config.redisUrl) checks.redis = { status: redis === 'ok' ? 'ok' : 'unavailable' };
    if (delivery.sinks.length > 0) {
      checks.delivery = { status: 'ok', leader: delivery.isLeader, sinks };
    }
    return checks;
  };
  ctx.metrics.observeDelivery(() => delivery.lag());
  const http = await buildHttpApp(ctx, { readiness, delivery });
  const realtime = config.roles.includes('realtime') ? new Realtime(ctx) : undefined;
  // Sends and edits arrive over HTTP and both socket transports.
  if (config.roles.includes('api') || realtime !== undefined) ctx.policyThread.start();
  // Upgraded connections (both socket transports) are no longer the HTTP server's to cut: kept
  // here, so that a peer that never answers the close (asleep, its link gone) is cut with the rest.
  const upgraded = new Set<Duplex>();
  if (realtime) {
    await realtime.start(http.server);
    // Beside the transports' own listeners: only where they are, or an upgrade would go unanswered.
    http.server.on('upgrade', (_request, socket: Duplex) => {
      upgraded.add(socket);
      socket.once('close', () => upgraded.delete(socket));
    });
  }
  // The work an instance does in the background starts once its address is its own: one that
  // cannot listen (a port taken by another process) exits having delivered, swept or rotated nothing.
  const startBackgroundWork = async () => {
    if (config.roles.includes('delivery')) await delivery.start();
    if (config.roles.includes('api')) await ctx.attachments.start();
    ctx.searchIndexer.start(ctx.signal);
    if (config.roles.includes('api')) ctx.contexts.startClosingSweep();
    if (config.roles.includes('api')) await ctx.encryption.resume();
  };
  let closed = false;
  return {
    ctx,
    http,
    realtime,
    delivery,
    async listen() {
      const address = await http.listen({ host: config.host, port: config.port });
      await startBackgroundWork();
      return address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
    },
    async close() {
      if (closed) return;
      closed = true;
      // Sockets first (they hold the HTTP server open), then HTTP: requests in flight are
      // answered while everything they use still runs; then the rest.
      await realtime?.stop();
      const cut = setTimeout(() => {
        http.server.closeAllConnections();
        for (const socket of upgraded) socket.destroy();
      }, ctx.timings.shutdownGraceMs);
      await http.close();
      clearTimeout(cut);
      await ctx.policyThread.stop();
      await delivery.stop();
      await ctx.searchIndexer.stop();
      await ctx.encryption.close();
      ctx.contexts.stop();
      await ctx.privacy.stop();
      await ctx.presence.stop();
      await ctx.attachments.stop();
      await ctx.bus.close();
      await ctx.database.close();
    },
  };
}
