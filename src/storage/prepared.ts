// Prepared queries: built and compiled by Kysely once per dialect, then run with new arguments.
// Building and compiling a query costs several times more than running it on SQLite, so the
// statements on the hot path of a send are written this way. Only fixed-shape queries qualify:
// no `in (...)` lists, no values that change the SQL (such as null for `is null`).
import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Dialect, DialectName } from './database.js';
import type { DB } from './schema.js';

const SENTINEL = '\u0000parley-arg:';

type Slot = { arg: string } | { value: unknown };

type Builder<Args, Row> = (
  db: Kysely<DB>,
  arg: <K extends keyof Args & string>(name: K) => Args[K],
  dialect: Dialect,
) => Compilable<Row>;

export class PreparedQuery<Args extends Record<string, unknown>, Row> {
  private readonly compiled = new Map<DialectName, { sql: string; slots: Slot[] }>();

  constructor(private readonly build: Builder<Args, Row>) {}

  async execute(db: Kysely<DB>, dialect: Dialect, args: Args): Promise<QueryResult<Row>> {
    let template = this.compiled.get(dialect.name);
    if (template === undefined) {
      const query = this.build(db, (name) => `${SENTINEL}${name}` as never, dialect).compile();
      template = {
        sql: query.sql,
        slots: query.parameters.map((value) =>
          typeof value === 'string' && value.startsWith(SENTINEL) ? { arg: value.slice(SENTINEL.length) } : { value },
        ),
      };
      this.compiled.set(dialect.name, template);
    }
    const parameters = template.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value));
    if (dialect.sqlite !== undefined && db.isTransaction) {
      // This transaction holds SQLite's only connection: run on it directly, skipping the
      // driver's queue. Outside a transaction the queue is what keeps statements apart.
      const statement = dialect.sqlite.prepare(template.sql);
      if (statement.reader) return { rows: statement.all(parameters) as Row[] };
      const { changes } = statement.run(parameters);
      return { rows: [], numAffectedRows: BigInt(changes) };
    }
    return db.executeQuery(CompiledQuery.raw(template.sql, parameters)) as Promise<QueryResult<Row>>;
  }

  async first(db: Kysely<DB>, dialect: Dialect, args: Args): Promise<Row | undefined> {
    return (await this.execute(db, dialect, args)).rows[0];
  }

  async all(db: Kysely<DB>, dialect: Dialect, args: Args): Promise<Row[]> {
    return (await this.execute(db, dialect, args)).rows;
  }
}

export const prepared = <Args extends Record<string, unknown>, Row>(build: Builder<Args, Row>) =>
  new PreparedQuery<Args, Row>(build);

/** `{column: arg(column)}` for every column: the values of a prepared single-row insert. */
export function allArgs<T extends Record<string, unknown>>(
  columns: readonly (keyof T & string)[],
  arg: <K extends keyof T & string>(name: K) => T[K],
): T {
  return Object.fromEntries(columns.map((column) => [column, arg(column)])) as T;
}
