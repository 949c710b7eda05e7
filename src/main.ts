// Entry point: load config, start the roles, stop cleanly on SIGTERM/SIGINT.
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { createParley } from './server.js';

async function main(): Promise<void> {
  loadDotEnv();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(JSON.stringify({ level: 'fatal', msg: `invalid configuration: ${error.message}`, variable: error.variable }));
      process.exit(78);
    }
    throw error;
  }
  const parley = await createParley(config);
  const log = parley.http.log;
  const url = await parley.listen();
  log.info(
    {
      url,
      apiPrefix: config.apiPrefix,
      database: config.database.kind === 'sqlite' ? `sqlite:${config.database.file}` : 'postgres',
      devMode: config.auth.devMode,
      roles: config.roles,
    },
    config.auth.devMode
      ? 'Parley is up in DEV MODE: X-User-ID headers are accepted without a token'
      : 'Parley is up',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await parley.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', msg: 'Parley failed to start', err: String(error) }));
  process.exit(1);
});
