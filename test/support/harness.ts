// Starts a real Parley on loopback (port 0) over a real database, and talks to it over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config.js';
import { createParley, type Parley, type ParleyOptions } from '../../src/server.js';
import { type ContractViolation, enforceResponseContract } from './openapi-contract.js';
import { type DatabaseKind, freshPostgresDatabase } from './services.js';

export const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-use';
export const SERVICE_KEY = 'test-service-key-0123456789';
export const ADMIN_ID = 'admin_1';

export interface TestServer {
  parley: Parley;
  baseUrl: string;
  prefix: string;
  databaseUrl: string | undefined;
  env: Record<string, string>;
  /** Answers that broke the OpenAPI document's promise; stop() and every Client call fail on them. */
  contractViolations: ContractViolation[];
  options: ParleyOptions;
  /** Closes the process and starts a new one on the same data, with `env` changed (a new port). */
  restart(env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

const violationsByPrefix = new Map<string, ContractViolation[]>();

function failOnViolations(violations: ContractViolation[] | undefined): void {
  if (violations === undefined || violations.length === 0) return;
  const found = violations.splice(0);
  throw new Error(
    `answers that do not match the OpenAPI document:\n${found.map((v) => `  ${v.method} ${v.url} → ${v.status}: ${v.problem}`).join('\n')}`,
  );
}

export async function startServer(
  kind: DatabaseKind = 'sqlite',
  env: Record<string, string> = {},
  options: ParleyOptions = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-test-'));
  const postgres = kind === 'postgres' ? await freshPostgresDatabase() : undefined;
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    AUTH_DEV_MODE: 'true',
    JWT_SECRET,
    SERVICE_API_KEY: SERVICE_KEY,
    ADMIN_USER_IDS: ADMIN_ID,
    RATE_LIMIT_PER_MINUTE: '100000',
    ...(postgres ? { DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: '10' } : {}),
    ...env,
  };
  const contractViolations: ContractViolation[] = [];
  const serve = async () => {
    const parley = await createParley(loadConfig(fullEnv), options);
    enforceResponseContract(parley.http, parley.ctx.config.apiPrefix, contractViolations);
    const baseUrl = await parley.listen();
    const prefix = `${baseUrl}${parley.ctx.config.apiPrefix}`;
    violationsByPrefix.set(prefix, contractViolations);
    return { parley, baseUrl, prefix };
  };
  const server: TestServer = {
    ...(await serve()),
    databaseUrl: postgres?.url,
    env: fullEnv,
    options,
    contractViolations,
    async restart(changes = {}) {
      violationsByPrefix.delete(server.prefix);
      await server.parley.close();
      Object.assign(fullEnv, changes);
      Object.assign(server, await serve());
    },
    async stop() {
      violationsByPrefix.delete(server.prefix);
      await server.parley.close();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
      failOnViolations(contractViolations);
    },
  };
  return server;
}

export async function signToken(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string | number; alg?: string } = {},
): Promise<string> {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'HS256' }).setIssuedAt();
  if (options.expiresIn !== undefined) jwt = jwt.setExpirationTime(options.expiresIn);
  else jwt = jwt.setExpirationTime('1h');
  return jwt.sign(new TextEncoder().encode(options.secret ?? JWT_SECRET));
}

export interface Response<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

// Test responses are inspected field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A caller of the HTTP API: a user (dev-mode header or token), the service key, or nobody. */
export class Client {
  constructor(
    private readonly prefix: string,
    private readonly headers: Record<string, string>,
  ) {}

  async request(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Response<Json>> {
    const headers: Record<string, string> = { ...this.headers, ...extraHeaders };
    let payload: string | FormData | undefined;
    if (body instanceof FormData) {
      payload = body; // multipart: fetch writes the content type with its boundary
    } else if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.prefix}${path}`, { method, headers, body: payload });
    const text = await response.text();
    failOnViolations(violationsByPrefix.get(this.prefix));
    let parsed: Json = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body);
  put = (path: string, body?: unknown) => this.request('PUT', path, body);
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path);
}

export const asUser = (server: TestServer, userId: string, username?: string) =>
  new Client(server.prefix, { 'x-user-id': userId, ...(username ? { 'x-username': username } : {}) });
export const withToken = (server: TestServer, token: string) =>
  new Client(server.prefix, { authorization: `Bearer ${token}` });
export const asService = (server: TestServer) => new Client(server.prefix, { 'x-service-key': SERVICE_KEY });
export const anonymous = (server: TestServer) => new Client(server.prefix, {});

let counter = 0;
/** A user id unique within the test run. */
export const uniqueId = (prefix = 'u') => `${prefix}_${process.pid}_${++counter}`;

/** Factory: a conversation between `owner` and `others`, made through the API. */
export async function buildConversation(
  server: TestServer,
  owner: string,
  others: string[],
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const response = await asUser(server, owner).post('/conversations', { participantIds: others, ...extra });
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`buildConversation failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

export async function sendMessage(server: TestServer, sender: string, conversationId: string, content: string, extra = {}) {
  const response = await asUser(server, sender).post(`/conversations/${conversationId}/messages`, { content, ...extra });
  if (response.status !== 201) throw new Error(`send failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Json;
}
