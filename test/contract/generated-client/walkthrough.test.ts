// A client generated from the live document type-checks a walkthrough of every operation under
// --strict, and that walkthrough runs against a real server (every answer also checked against
// the document by the harness).
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_METHODS, type OpenApiDocument } from '../../../src/http/openapi.js';
import { ADMIN_ID, anonymous, SERVICE_KEY, signToken, startServer, type TestServer, uniqueId } from '../../support/harness.js';
import { GENERATED_FILE, generateClientTypes } from './generate.js';
import { walkthrough } from './walkthrough.js';

const run = promisify(execFile);

describe('a client generated from /openapi.json', () => {
  let server: TestServer;
  let document: OpenApiDocument;

  beforeAll(async () => {
    server = await startServer('sqlite');
    document = (await anonymous(server).get('/openapi.json')).body as OpenApiDocument;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is the committed one (regenerate with UPDATE_GENERATED_CLIENT=1 when the API changes)', async () => {
    const generated = await generateClientTypes(document);
    if (process.env.UPDATE_GENERATED_CLIENT === '1') writeFileSync(GENERATED_FILE, generated);
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generated);
  });

  it('type-checks the walkthrough under --strict', async () => {
    const project = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
    const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));
    const result = await run(process.execPath, [tsc, '-p', project], { encoding: 'utf8' }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  }, 120_000);

  it('walks through every operation of the document against a real server', async () => {
    const ids = { alice: uniqueId('alice'), bob: uniqueId('bob'), carol: uniqueId('carol'), dave: uniqueId('dave') };
    const called = await walkthrough(server.prefix, {
      alice: await signToken({ sub: ids.alice }),
      bob: await signToken({ sub: ids.bob }),
      carol: await signToken({ sub: ids.carol }),
      admin: await signToken({ sub: ADMIN_ID }),
      serviceKey: SERVICE_KEY,
      ids,
    });
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.filter((operation) => !called.has(operation)), 'operations the walkthrough never calls').toEqual([]);
  });
});
