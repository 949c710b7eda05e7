// Entry point: load config, start the roles, stop cleanly on SIGTERM/SIGINT. A start that
// fails says in one log line which variable to look at and why, and exits non-zero.
import type { Logger } from 'pino';
import { type Config, ConfigError, loadConfig, loadDotEnv, StartupError } from './config.js';
import { createLogger } from './logger.js';
import { createParley, type Parley } from './server.js';

/** Exit codes of sysexits.h: a bad configuration, a service that cannot be used. */
const EXIT_CONFIG = 78;
const EXIT_UNAVAILABLE = 69;
const FORCED_EXIT_MS = 10_000;

/** What a failed listen() means, in terms of the variable that chose the address. */
function listenFailure(config: Config, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE') return new StartupError('PORT', `${where} is already in use by another process`, error);
  if (code === 'EACCES') return new StartupError('PORT', `not allowed to listen on ${where} (ports below 1024 need privileges)`, error);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new StartupError('HOST', `${config.host} is not an address of this machine`, error);
  }
  return error;
}

function failed(log: Logger, error: unknown): never {
  if (error instanceof ConfigError) {
    log.fatal({ variable: error.variable }, `invalid configuration: ${error.message}`);
    process.exit(EXIT_CONFIG);
  }
  if (error instanceof StartupError) {
    log.fatal({ variable: error.variable }, `cannot start: ${error.message}`);
    process.exit(EXIT_UNAVAILABLE);
  }
  log.fatal({ err: error }, 'Parley failed to start');
  process.exit(1);
}

async function main(): Promise<void> {
  let log = createLogger('info');
  let parley: Parley | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error({ afterMs: FORCED_EXIT_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, FORCED_EXIT_MS).unref();
    await parley?.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // A failed promise nobody awaited is a bug, logged with its stack for fixing. Every change is
  // a transaction, so nothing is left half written; ending the process would instead drop every
  // connection and request in flight because of one.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection (a bug); Parley carries on'));

  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    failed(log, error);
  }
  log = createLogger(config.logLevel);
  try {
    parley = await createParley(config, { logger: log });
  } catch (error) {
    failed(log, error);
  }
  const url = await parley.listen().catch((error: unknown) => failed(log, listenFailure(config, error)));
  log.info(
    {
      url,
      pid: process.pid,
      apiPrefix: config.apiPrefix,
      database: config.database.kind === 'sqlite' ? `sqlite:${config.database.file}` : 'postgres',
      devMode: config.auth.devMode,
      roles: config.roles,
    },
    config.auth.devMode ? 'Parley is up in DEV MODE: X-User-ID headers are accepted without a token' : 'Parley is up',
  );
  if (stopping) await parley.close(); // a signal arrived while starting
}

void main();
