// `npm run migrate`: brings the configured database's schema up to date, then exits.
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { openDatabase } from './database.js';
import { migrateDatabase } from './migrations/index.js';

loadDotEnv();
try {
  const config = loadConfig();
  const database = openDatabase(config.database);
  const applied = await migrateDatabase(config.database, database);
  await database.close();
  console.log(JSON.stringify({ level: 'info', msg: 'migrations applied', database: database.dialect.name, applied }));
} catch (error) {
  const msg = error instanceof ConfigError ? `invalid configuration: ${error.message}` : `migration failed: ${String(error)}`;
  console.error(JSON.stringify({ level: 'fatal', msg }));
  process.exit(1);
}
