// What rotation and GET /admin/encryption need of the sealed columns (sealed.ts): values per
// key id, pages of values not yet under the current key, and a compare-and-set rewrite.
import { type Kysely, sql } from 'kysely';
import { SEALED_MARK, type ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import type { DB } from './schema.js';
import { reseal, type SealedColumn } from './sealed.js';

/** A value to re-seal: where it is (`page` is the primary key the walk pages by) and what is stored. */
export interface StaleValue {
  page: string;
  rowId: string;
  stored: string;
}

const ROTATION_KEY = 'encryption.rotation';
const SEALING_KEY = 'encryption.sealing';
/** Followed by a key id: that key's check value (crypto/keyring.ts keyCheckValue). */
const KEY_CHECK_PREFIX = 'encryption.key_check.';

export class EncryptionRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  /** How many non-empty values of the column each key id seals; `null` counts plaintext values. */
  async countByKey(column: SealedColumn): Promise<Map<string | null, number>> {
    const value = sql.ref(column.column);
    const start = SEALED_MARK.length + 1;
    const keyId =
      this.dialect.name === 'postgres'
        ? sql`split_part(substr(${value}, ${start}), ':', 1)`
        : sql`substr(${value}, ${start}, instr(substr(${value}, ${start}), ':') - 1)`;
    const { rows } = await sql<{ key_id: string | null; values: number | string }>`
      select case when substr(${value}, 1, ${SEALED_MARK.length}) = ${SEALED_MARK} then ${keyId} end as key_id, count(*) as ${sql.ref('values')}
      from ${sql.table(column.table)}
      where ${value} is not null and ${value} != ''
      group by 1`.execute(this.db);
    return new Map(rows.map((row) => [row.key_id, Number(row.values)]));
  }

  /** The next values after `after` (in primary-key order) that the current key did not seal. */
  async staleValues(column: SealedColumn, after: string | null, limit: number): Promise<StaleValue[]> {
    const value = sql.ref(column.column);
    const page = sql.ref(column.pageBy);
    const current = `${SEALED_MARK}${this.cipher.currentKeyId ?? ''}:`;
    const afterClause = after === null ? sql`` : column.pageBy === 'pos' ? sql`and ${page} > ${Number(after)}` : sql`and ${page} > ${after}`;
    const { rows } = await sql<{ page: string | number; row_id: string; stored: string }>`
      select ${page} as page, ${sql.ref(column.rowId)} as row_id, ${value} as stored
      from ${sql.table(column.table)}
      where ${value} is not null and ${value} != '' and substr(${value}, 1, ${current.length}) != ${current} ${afterClause}
      order by ${page}
      limit ${limit}`.execute(this.db);
    return rows.map((row) => ({ page: String(row.page), rowId: row.row_id, stored: row.stored }));
  }

  /**
   * Seals one value again under the current key, unless it changed meanwhile (an edit, an
   * erasure): the write is conditional on the value read, so a rotation never undoes one.
   */
  async reseal(column: SealedColumn, value: StaleValue): Promise<boolean> {
    const resealed = reseal(this.cipher, column, value.rowId, value.stored);
    const page = column.pageBy === 'pos' ? Number(value.page) : value.page;
    const result = await sql`
      update ${sql.table(column.table)} set ${sql.ref(column.column)} = ${resealed}
      where ${sql.ref(column.pageBy)} = ${page} and ${sql.ref(column.column)} = ${value.stored}`.execute(this.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /** Remembers that values are sealed in this database from now on (the keys are needed to read it). */
  async markSealing(): Promise<void> {
    await this.db.insertInto('meta').values({ key: SEALING_KEY, value: '1' }).onConflict((oc) => oc.column('key').doNothing()).execute();
  }

  /** The check value each of these key ids was first given here, for those it has one. */
  async keyChecks(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('meta')
      .select(['key', 'value'])
      .where('key', 'in', ids.map((id) => `${KEY_CHECK_PREFIX}${id}`))
      .execute();
    return new Map(rows.map((row) => [row.key.slice(KEY_CHECK_PREFIX.length), row.value]));
  }

  /** Remembers the check values of key ids new here (an id's first check value stays). */
  async rememberKeyChecks(checks: { id: string; check: string }[]): Promise<void> {
    if (checks.length === 0) return;
    await this.db
      .insertInto('meta')
      .values(checks.map(({ id, check }) => ({ key: `${KEY_CHECK_PREFIX}${id}`, value: check })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }

  /** Whether values were ever sealed in this database (by a process started with ENCRYPTION_KEYS). */
  async everSealed(): Promise<boolean> {
    return (await this.db.selectFrom('meta').select('value').where('key', '=', SEALING_KEY).executeTakeFirst()) !== undefined;
  }

  /** The rotation in progress or last finished, as saved after every batch; undefined if none ever ran. */
  async rotationState(): Promise<string | undefined> {
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', ROTATION_KEY).executeTakeFirst();
    return row?.value;
  }

  /** Replaces the saved rotation only if it is still `expected`: of instances taking over one walk, one wins. */
  async replaceRotationState(expected: string, value: string): Promise<boolean> {
    const result = await this.db.updateTable('meta').set({ value }).where('key', '=', ROTATION_KEY).where('value', '=', expected).executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async saveRotationState(value: string): Promise<void> {
    await this.db
      .insertInto('meta')
      .values({ key: ROTATION_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
