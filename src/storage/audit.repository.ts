// The audit log's rows. Entries are only ever inserted (the database refuses UPDATE and DELETE);
// the chain of hashes is computed by the domain (domain/audit.ts), which also decides what
// an entry says.
import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import { inLists } from './in-lists.js';
import type { AuditLogTable, DB } from './schema.js';

export type AuditRow = Selectable<AuditLogTable>;

export interface AuditFilters {
  actorId?: string;
  action?: string;
  targetId?: string;
  /** Entries at or after this time (ISO-8601). */
  since?: string;
  /** Entries strictly before this seq: the cursor of the previous page. */
  beforeSeq?: number;
}

export class AuditRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly inTransaction: boolean,
  ) {}

  /**
   * Takes the append lock for the rest of the transaction, then reads the newest entry: the
   * one the next entry chains to. Outside a transaction the lock would end at once.
   */
  async lockHead(): Promise<Pick<AuditRow, 'seq' | 'hash'> | undefined> {
    if (!this.inTransaction) throw new Error('audit appends must run inside a transaction');
    await this.dialect.serializeAuditAppends(this.db);
    return this.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  }

  async insert(row: AuditRow): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
  }

  /** Newest first, matching every filter given. */
  list(filters: AuditFilters, limit: number): Promise<AuditRow[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (filters.actorId !== undefined) query = query.where('actor_id', '=', filters.actorId);
    if (filters.action !== undefined) query = query.where('action', '=', filters.action);
    if (filters.targetId !== undefined) query = query.where('target_id', '=', filters.targetId);
    if (filters.since !== undefined) query = query.where('at', '>=', filters.since);
    if (filters.beforeSeq !== undefined) query = query.where('seq', '<', filters.beforeSeq);
    return query.orderBy('seq', 'desc').limit(limit).execute();
  }

  /** Oldest first, strictly after `afterSeq` (null: from the first row, whatever its seq): how verify walks the whole chain in pages. */
  readAfter(afterSeq: number | null, limit: number): Promise<AuditRow[]> {
    const query = this.db.selectFrom('audit_log').selectAll();
    return (afterSeq === null ? query : query.where('seq', '>', afterSeq)).orderBy('seq').limit(limit).execute();
  }

  /** Moderator reads of a user's conversations: the access log of a GDPR export. */
  async readsOfConversations(conversationIds: string[]): Promise<AuditRow[]> {
    const reads: AuditRow[] = [];
    for (const part of inLists(conversationIds)) {
      reads.push(
        ...(await this.db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'conversation.read')
          .where('target_conversation_id', 'in', part)
          .execute()),
      );
    }
    return reads.sort((a, b) => a.seq - b.seq);
  }
}
