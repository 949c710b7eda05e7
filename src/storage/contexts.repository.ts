// Contexts (listings, jobs, bookings) as the platform keeps them, and the copy of their fields
// and state on each conversation about them, rewritten in the same transaction.
import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import type { ContextsTable, ConversationsTable, DB } from './schema.js';

export type ContextRow = Selectable<ContextsTable>;

export class ContextsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  find(type: string, id: string): Promise<ContextRow | undefined> {
    return this.db.selectFrom('contexts').selectAll().where('type', '=', type).where('id', '=', id).executeTakeFirst();
  }

  /** The context row, locked until the transaction ends: state changes are applied one at a time. */
  lock(type: string, id: string): Promise<ContextRow | undefined> {
    return this.dialect
      .forUpdate(this.db.selectFrom('contexts').selectAll().where('type', '=', type).where('id', '=', id))
      .executeTakeFirst();
  }

  async upsert(row: ContextRow): Promise<void> {
    const { type: _type, id: _id, created_at: _created, ...changes } = row;
    await this.db
      .insertInto('contexts')
      .values(row)
      .onConflict((oc) => oc.columns(['type', 'id']).doUpdateSet(changes))
      .execute();
  }

  /** The conversations about a context, each locked in id order (as every multi-conversation lock): a send racing a state change waits or goes first. */
  async lockConversations(type: string, id: string): Promise<Selectable<ConversationsTable>[]> {
    return this.dialect
      .forUpdate(this.db.selectFrom('conversations').selectAll().where('context_type', '=', type).where('context_id', '=', id).orderBy('id'))
      .execute();
  }

  countConversations(type: string, id: string): Promise<number> {
    return this.db
      .selectFrom('conversations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('context_type', '=', type)
      .where('context_id', '=', id)
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.n));
  }

  /** Rewrites the context copy on every conversation about it. */
  async applyToConversations(type: string, id: string, context: string, title: string | null, state: string, now: string): Promise<void> {
    await this.db
      .updateTable('conversations')
      .set({ context, context_title: title, context_state: state, updated_at: now })
      .where('context_type', '=', type)
      .where('context_id', '=', id)
      .execute();
  }

  /** Contexts whose conversations are due to close. */
  dueToClose(now: string, limit: number): Promise<ContextRow[]> {
    return this.db.selectFrom('contexts').selectAll().where('close_at', '<=', now).orderBy('close_at').limit(limit).execute();
  }

  async clearCloseAt(type: string, id: string): Promise<void> {
    await this.db.updateTable('contexts').set({ close_at: null }).where('type', '=', type).where('id', '=', id).execute();
  }

  /** Whether the user takes part in some conversation about the context. */
  async isParticipant(type: string, id: string, userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('conversations as c')
      .innerJoin('participants as p', 'p.conversation_id', 'c.id')
      .select('c.id')
      .where('c.context_type', '=', type)
      .where('c.context_id', '=', id)
      .where('p.user_id', '=', userId)
      .where('p.left_at', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}
