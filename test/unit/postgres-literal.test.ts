// The PostgreSQL literals a send's statements carry its values in (Dialect.literal) quote every
// text exactly as pg's own escaping does, whatever it holds.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Dialect } from '../../src/storage/database.js';

const postgres = new Dialect('postgres');

describe('PostgreSQL literals', () => {
  it('quote any text as pg.escapeLiteral does', () => {
    const texts = [
      '',
      'plain',
      "it's",
      "''",
      "'; drop table messages; --",
      'a \\ backslash',
      "\\' both",
      "ends with a quote'",
      '\\',
      'E\'\\x41\'',
      '$$ dollar $$ quoted $tag$',
      '🙂 emoji, ünïcödé, 日本語, عربى',
      '\u0001e1:k1:c2VhbGVk',
      'line\nbreak\ttab\r',
      JSON.stringify({ content: "he said \"it's\" fine \\o/", preview: "'quoted'" }),
    ];
    for (const text of texts) expect(postgres.literal(text), text).toBe(pg.escapeLiteral(text));
  });

  it('writes numbers and null as they are, and nothing else', () => {
    expect(postgres.literal(42)).toBe('42');
    expect(postgres.literal(null)).toBe('null');
    expect(() => postgres.literal(Number.NaN)).toThrow();
    expect(() => postgres.literal({})).toThrow();
  });
});
