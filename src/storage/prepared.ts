// Prepared queries: built and compiled by Kysely once per dialect, then run with new arguments.
// Building and compiling a query costs several times more than running it on SQLite, so the
// statements on the hot path of a send are written this way. Only fixed-shape queries qualify:
// no `in (...)` lists, no values that change the SQL (such as null for `is null`).
import { type Compilable, CompiledQuery, type Kysely, type QueryResult, type RawBuilder } from 'kysely';
import type { Dialect, DialectName } from './database.js';
import type { DB } from './schema.js';

const SENTINEL = '\u0000parley-arg:';

type Slot = { arg: string } | { value: unknown };

/** PostgreSQL: the prepared queries' SQL and the name the server knows each by (see namedStatements in database.ts). */
const statementNames = new Map<string, string>();
export const statementNameOf = (sql: string): string | undefined => statementNames.get(sql);

/** A prepared query's SQL-level name on PostgreSQL, and the statement that prepares it. */
export interface StatementPreparation {
  name: string;
  prepare: string;
}

/** A prepared query as SQL statements (PreparedQuery.asStatements). */
export interface SqlStatements {
  prepare: string;
  execute: string;
}

/** A prepared query's argument by name (a placeholder while it is compiled). */
export type Arg<Args> = <K extends keyof Args & string>(name: K) => Args[K];

type Builder<Args, Query> = (db: Kysely<DB>, arg: Arg<Args>, dialect: Dialect) => Query;

/** A query builder, or raw SQL (`sql` templates: for what the builder cannot say, such as FTS5's rowid). */
type Preparable = Compilable<unknown> | RawBuilder<unknown>;

export class PreparedQuery<Args extends Record<string, unknown>, Row, Query extends Preparable = Compilable<Row>> {
  private readonly compiled = new Map<DialectName, { sql: string; slots: Slot[] }>();

  constructor(private readonly builder: Builder<Args, Query>) {}

  /** The query with these arguments, as a builder: for a statement that embeds it (a CTE). */
  build(db: Kysely<DB>, args: Args, dialect: Dialect): Query {
    return this.builder(db, (name) => args[name], dialect);
  }

  async execute(db: Kysely<DB>, dialect: Dialect, args: Args): Promise<QueryResult<Row>> {
    const { sql, slots } = this.template(db, dialect);
    return this.run(db, dialect, sql, slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value)));
  }

  /**
   * Runs the query with each argument looked up by name: for a statement with many arguments
   * drawn from several rows, which would otherwise be copied into one large object per run.
   */
  async executeWith(db: Kysely<DB>, dialect: Dialect, lookup: (name: string) => unknown): Promise<QueryResult<Row>> {
    const { sql, slots } = this.template(db, dialect);
    return this.run(db, dialect, sql, slots.map((slot) => ('arg' in slot ? lookup(slot.arg) : slot.value)));
  }

  /**
   * PostgreSQL: the query as SQL text, to follow other statements in one round trip (a simple
   * query of several statements takes no parameters). `execute` runs it with its arguments written
   * in as literals, once `prepare` has made it known to the connection, where it stays planned.
   */
  asStatements(db: Kysely<DB>, dialect: Dialect, args: Args): SqlStatements {
    return this.asStatementsWith(db, dialect, (name) => args[name]);
  }

  /** asStatements, with each argument looked up by name (see executeWith). */
  asStatementsWith(db: Kysely<DB>, dialect: Dialect, lookup: (name: string) => unknown): SqlStatements {
    const { slots } = this.template(db, dialect);
    const { name, prepare } = this.preparation(db, dialect);
    const values = slots.map((slot) => dialect.literal('arg' in slot ? lookup(slot.arg) : slot.value));
    return { prepare, execute: `execute ${name}(${values.join(', ')})` };
  }

  /** PostgreSQL: the name asStatements' `execute` runs the query by, and the statement that makes it known to a connection. */
  preparation(db: Kysely<DB>, dialect: Dialect): StatementPreparation {
    const { sql } = this.template(db, dialect);
    const name = `${statementNameOf(sql)}_sql`;
    return { name, prepare: `prepare ${name} as ${sql}` };
  }

  private template(db: Kysely<DB>, dialect: Dialect): { sql: string; slots: Slot[] } {
    let template = this.compiled.get(dialect.name);
    if (template === undefined) {
      const built = this.builder(db, (name) => `${SENTINEL}${name}` as never, dialect);
      const query = 'isRawBuilder' in built ? built.compile(db) : built.compile();
      template = {
        sql: query.sql,
        slots: query.parameters.map((value) =>
          typeof value === 'string' && value.startsWith(SENTINEL) ? { arg: value.slice(SENTINEL.length) } : { value },
        ),
      };
      this.compiled.set(dialect.name, template);
      if (dialect.name === 'postgres' && !statementNames.has(template.sql)) statementNames.set(template.sql, `parley_${statementNames.size}`);
    }
    return template;
  }

  private async run(db: Kysely<DB>, dialect: Dialect, sql: string, parameters: unknown[]): Promise<QueryResult<Row>> {
    if (dialect.sqlite !== undefined && db.isTransaction) {
      // This transaction holds SQLite's only connection: run on it directly, skipping the
      // driver's queue. Outside a transaction the queue is what keeps statements apart.
      const statement = dialect.sqlite.prepare(sql);
      if (statement.reader) return { rows: statement.all(parameters) as Row[] };
      const { changes } = statement.run(parameters);
      return { rows: [], numAffectedRows: BigInt(changes) };
    }
    return db.executeQuery(CompiledQuery.raw(sql, parameters)) as Promise<QueryResult<Row>>;
  }

  async first(db: Kysely<DB>, dialect: Dialect, args: Args): Promise<Row | undefined> {
    return (await this.execute(db, dialect, args)).rows[0];
  }

  async all(db: Kysely<DB>, dialect: Dialect, args: Args): Promise<Row[]> {
    return (await this.execute(db, dialect, args)).rows;
  }
}

export const prepared = <Args extends Record<string, unknown>, Row, Query extends Preparable = Compilable<Row>>(
  build: Builder<Args, Query>,
) => new PreparedQuery<Args, Row, Query>(build);

/** `{column: arg(column)}` for every column: the values of a prepared single-row insert. */
export function allArgs<T extends Record<string, unknown>>(
  columns: readonly (keyof T & string)[],
  arg: <K extends keyof T & string>(name: K) => T[K],
): T {
  return Object.fromEntries(columns.map((column) => [column, arg(column)])) as T;
}
