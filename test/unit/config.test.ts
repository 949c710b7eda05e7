import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configTableIn, configTableMarkdown, contextTypeKey, loadConfig, VARIABLES } from '../../src/config.js';

const expectConfigError = (env: Record<string, string>, variable: string) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    return;
  }
  throw new Error(`expected ${variable} to be refused`);
};

describe('configuration', () => {
  it('starts with embedded defaults: SQLite under ./data, dev mode, port 8080, /api/v1', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.apiPrefix).toBe('/api/v1');
    expect(config.database.kind).toBe('sqlite');
    expect(config.auth.devMode).toBe(true);
    expect(config.limits).toMatchObject({ titleLength: 200, messageLength: 4000, groupParticipants: 256, bodyBytes: 1_048_576 });
    expect(config.roles).toEqual(['api', 'realtime', 'delivery']);
  });

  it('listens on loopback in dev mode and on every interface otherwise, unless HOST says', () => {
    expect(loadConfig({ AUTH_DEV_MODE: 'true' }).host).toBe('127.0.0.1');
    expect(loadConfig({ AUTH_DEV_MODE: 'false' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), AUDIT_HMAC_KEY: 'k'.repeat(32) }).host).toBe('0.0.0.0');
    expect(loadConfig({ AUTH_DEV_MODE: 'true', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('the README lists every variable with the default and meaning config.ts gives it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    // On failure: run `npm run config:docs` after changing VARIABLES in src/config.ts.
    expect(configTableIn(readme)).toBe(configTableMarkdown());
    for (const [name, variable] of Object.entries(VARIABLES)) {
      expect(variable.doc.length, name).toBeGreaterThan(0);
      expect(configTableMarkdown()).toContain(`| \`${name}\` |`);
    }
  });

  it('reads message retention, in general and per context type, and names a bad one', () => {
    expect(loadConfig({}).messageRetention).toEqual({ days: 0, daysByContextType: new Map() });
    const config = loadConfig({ MESSAGE_RETENTION_DAYS: '365', MESSAGE_RETENTION_DAYS_BOOKING: '30', MESSAGE_RETENTION_DAYS_job_offer: '0' });
    expect(config.messageRetention.days).toBe(365);
    expect([...config.messageRetention.daysByContextType]).toEqual([
      ['BOOKING', 30],
      ['JOB_OFFER', 0],
    ]);
    expect(contextTypeKey('job-offer')).toBe('JOB_OFFER');
    expectConfigError({ MESSAGE_RETENTION_DAYS_BOOKING: 'soon' }, 'MESSAGE_RETENTION_DAYS_BOOKING');
    expectConfigError({ MESSAGE_RETENTION_DAYS: '-1' }, 'MESSAGE_RETENTION_DAYS');
    // An override that names no type would do nothing.
    expectConfigError({ MESSAGE_RETENTION_DAYS_: '3' }, 'MESSAGE_RETENTION_DAYS_');
  });

  it('switches to PostgreSQL with a postgres:// DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/db' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@localhost:5432/db' });
  });

  it('refuses dev mode and weak secrets in production, naming the variable', () => {
    expectConfigError({ NODE_ENV: 'production', AUTH_DEV_MODE: 'true', JWT_SECRET: 'x'.repeat(40), AUDIT_HMAC_KEY: 'k'.repeat(32) }, 'AUTH_DEV_MODE');
    expectConfigError({ NODE_ENV: 'production' }, 'JWT_SECRET');
    expectConfigError({ NODE_ENV: 'production', JWT_SECRET: 'short' }, 'JWT_SECRET');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), AUDIT_HMAC_KEY: 'k'.repeat(32) }).auth.devMode).toBe(false);
    expectConfigError({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, 'AUDIT_HMAC_KEY');
    expectConfigError({ AUDIT_HMAC_KEY: 'short' }, 'AUDIT_HMAC_KEY');
  });

  it('refuses malformed values, naming the variable', () => {
    expectConfigError({ PORT: 'eighty' }, 'PORT');
    expectConfigError({ PORT: '70000' }, 'PORT');
    expectConfigError({ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL');
    expectConfigError({ AUTH_DEV_MODE: 'perhaps' }, 'AUTH_DEV_MODE');
    expectConfigError({ REDIS_URL: 'not a url' }, 'REDIS_URL');
    expectConfigError({ JWKS_URL: 'ftp://keys' }, 'JWKS_URL');
    expectConfigError({ ROLES: 'api,cron' }, 'ROLES');
    expectConfigError({ MAX_MESSAGE_LENGTH: '0' }, 'MAX_MESSAGE_LENGTH');
    expectConfigError({ SERVICE_API_KEY: 'short' }, 'SERVICE_API_KEY');
    expectConfigError({ API_PREFIX: 'api v1' }, 'API_PREFIX');
    expectConfigError({ NODE_ENV: 'staging' }, 'NODE_ENV');
  });
});
