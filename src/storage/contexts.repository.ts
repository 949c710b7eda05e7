// Contexts (listings, jobs, bookings) as the platform keeps them, and the copy of their fields
// and state on each conversation about them, brought up to date in batches after a change
// (context_catch_up records a context whose conversations still lag its row).
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import type { ContextsTable, ConversationsTable, DB } from './schema.js';

export type ContextRow = Selectable<ContextsTable>;

/** What a conversation copies from its context: it lags while any of these differ. */
export interface ShownContext {
  context: string;
  title: string | null;
  state: string;
}

export class ContextsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  find(type: string, id: string): Promise<ContextRow | undefined> {
    return this.db.selectFrom('contexts').selectAll().where('type', '=', type).where('id', '=', id).executeTakeFirst();
  }

  /**
   * The context's turn (PostgreSQL), held until the transaction ends: changes to one context,
   * and the catch-ups that apply them, go one at a time. It locks no row, so the transaction
   * takes no id by it (see ConversationsRepository.takeTurnsOf).
   */
  takeTurn(type: string, id: string): Promise<void> {
    return this.dialect.serializeContextChanges(this.db, type, id);
  }

  /**
   * The context row, locked until the transaction ends (with the context's turn, so that a
   * context not stored yet is created once): state changes are applied one at a time.
   */
  async lock(type: string, id: string): Promise<ContextRow | undefined> {
    await this.takeTurn(type, id);
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

  /**
   * The context row, shared-locked until the transaction ends (PostgreSQL): a change to it
   * (`lock`) waits, while other readers that also need it unchanged go side by side.
   */
  lockShared(type: string, id: string): Promise<ContextRow | undefined> {
    return this.db
      .selectFrom('contexts')
      .selectAll()
      .where('type', '=', type)
      .where('id', '=', id)
      .$if(this.dialect.name === 'postgres', (q) => q.forShare())
      .executeTakeFirst();
  }

  /**
   * The ids of up to `limit` conversations about the context after `afterId`, in id order, that
   * do not show `shown` yet (or, with `closing`, are not closed yet). Read without a lock: the
   * caller holds the context's turn, so no other change to the context makes them lag or catch up
   * meanwhile; a conversation about it made at the same time may be missed (see anyBehind).
   */
  async behind(type: string, id: string, shown: ShownContext, closing: boolean, afterId: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('conversations')
      .select('id')
      .where('context_type', '=', type)
      .where('context_id', '=', id)
      .where('id', '>', afterId)
      .where((eb) => lagsBehind(eb, shown, closing))
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * The conversations, each locked in id order as every multi-conversation lock is (a send
   * racing the change waits or goes first), read as they are now. The caller took their turns.
   */
  async lockConversations(ids: string[]): Promise<Selectable<ConversationsTable>[]> {
    if (ids.length === 0) return [];
    return this.dialect.forUpdate(this.db.selectFrom('conversations').selectAll().where('id', 'in', ids).orderBy('id')).execute();
  }

  /** Whether any conversation about the context lags `shown` (or, with `closing`, is still open). */
  async anyBehind(type: string, id: string, shown: ShownContext, closing: boolean): Promise<boolean> {
    const row = await this.db
      .selectFrom('conversations')
      .select('id')
      .where('context_type', '=', type)
      .where('context_id', '=', id)
      .where((eb) => lagsBehind(eb, shown, closing))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Writes the context copy (and, with `closing`, the closed status) on conversations this transaction locked. */
  async showOnConversations(ids: string[], shown: ShownContext, closing: boolean, now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('conversations')
      .set({ context: shown.context, context_title: shown.title, context_state: shown.state, updated_at: now })
      .$if(closing, (q) => q.set({ status: 'closed' }))
      .where('id', 'in', ids)
      .execute();
  }

  /** Conversations this transaction locked, closed by their context's last state, active again. */
  async reopenConversations(ids: string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.updateTable('conversations').set({ status: 'active', updated_at: now }).where('id', 'in', ids).where('status', '=', 'closed').execute();
  }

  /** Records that the context's conversations lag its row; kept until they are all brought up to date. */
  async markBehind(type: string, id: string, since: string): Promise<void> {
    await this.db
      .insertInto('context_catch_up')
      .values({ type, id, since })
      .onConflict((oc) => oc.columns(['type', 'id']).doNothing())
      .execute();
  }

  async isBehind(type: string, id: string): Promise<boolean> {
    const row = await this.db.selectFrom('context_catch_up').select('id').where('type', '=', type).where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Contexts whose conversations lag them, the longest-waiting first. */
  listBehind(limit: number): Promise<{ type: string; id: string }[]> {
    return this.db.selectFrom('context_catch_up').select(['type', 'id']).orderBy('since').limit(limit).execute();
  }

  /** Every conversation shows the context (and, with `closed`, is closed): nothing left to do. */
  async caughtUp(type: string, id: string, closed: boolean): Promise<void> {
    await this.db.deleteFrom('context_catch_up').where('type', '=', type).where('id', '=', id).execute();
    if (closed) await this.db.updateTable('contexts').set({ close_at: null }).where('type', '=', type).where('id', '=', id).execute();
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

  /**
   * A context the platform never described, as the first conversation about it did (optionally
   * the first of those the user takes part in): its context JSON and when it was made.
   */
  describedByConversation(type: string, id: string, userId?: string): Promise<{ context: string | null; created_at: string } | undefined> {
    let query = this.db
      .selectFrom('conversations as c')
      .select(['c.context', 'c.created_at'])
      .where('c.context_type', '=', type)
      .where('c.context_id', '=', id);
    if (userId !== undefined) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('participants as p')
            .select('p.user_id')
            .whereRef('p.conversation_id', '=', 'c.id')
            .where('p.user_id', '=', userId)
            .where('p.left_at', 'is', null),
        ),
      );
    }
    return query.orderBy('c.created_at').orderBy('c.id').limit(1).executeTakeFirst();
  }

  /** Contexts whose conversations are due to close. */
  dueToClose(now: string, limit: number): Promise<ContextRow[]> {
    return this.db.selectFrom('contexts').selectAll().where('close_at', '<=', now).orderBy('close_at').limit(limit).execute();
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

/** A conversation that does not show the context yet, or that is due to close and still open. */
function lagsBehind(eb: ExpressionBuilder<DB, 'conversations'>, shown: ShownContext, closing: boolean) {
  const lagging = [
    eb('context', 'is distinct from', shown.context),
    eb('context_title', 'is distinct from', shown.title),
    eb('context_state', 'is distinct from', shown.state),
  ];
  return eb.or(closing ? [...lagging, eb('status', '!=', 'closed')] : lagging);
}
