// Lists of values bound into one `in (...)` each. SQLite binds at most 32,766 parameters to a
// statement and PostgreSQL 65,535; a busy seller is in more conversations than that, so a list
// that grows with what a user has is split into parts of a size both take.

/** Values per `in (...)` list: well under either database's limit on bound parameters. */
const IN_LIST = 500;

/** `items` in parts of at most IN_LIST, in order. */
export function inLists<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += IN_LIST) out.push(items.slice(i, i + IN_LIST));
  return out;
}
