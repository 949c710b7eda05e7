// GDPR access and erasure. An export is written as it is read (messages in pages), so a long
// history never sits in memory. An erasure reaches every copy of the user's texts Parley keeps
// (message-scrub.ts: the messages and moderators' originals, previews, the event log and dead
// letters, the search index, reactions and files); other participants keep tombstones; the
// user leaves every conversation, so nothing they send afterwards lands.
import type { Logger } from 'pino';
import type { AuditActor, AuditLog } from './audit.js';
import { auditActor } from './audit.js';
import type { AttachmentsService } from './attachments.service.js';
import type { EventLogSignal } from './event-signal.js';
import { eventRow } from './events.js';
import { forgetNameInNotes, MessageScrub, rewriteRenamedNotes } from './message-scrub.js';
import { appendConversationUpdated } from './conversations/views.js';
import { isAdmin } from './policies.js';
import type { Actor, RequestOrigin } from './types.js';
import { AppError, notFound } from '../errors.js';
import { presentConversationContext } from '../presenters/conversations.presenter.js';
import { presentUser } from '../presenters/users.presenter.js';
import { presentAuditEntry } from '../presenters/audit.presenter.js';
import { presentErasure, presentParticipantRemoved } from '../presenters/events.presenter.js';
import { nowIso } from '../storage/ids.js';
import type { ConversationWithMembership } from '../storage/privacy.repository.js';
import type { Store } from '../storage/store.js';

/** Messages read (and erased) per page. */
const PAGE = 500;
/**
 * An erasure announces each new tombstone (message.deleted) up to this many; a PostgreSQL
 * transaction appends at most 65,536 events, and the leaves and notes need room too.
 */
const ANNOUNCED_TOMBSTONES = 50_000;
/** ...and each conversation left (and each new OWNER) up to this many: 50,000 + 2 × 5,000 + 1 stays under 65,536. */
const ANNOUNCED_LEAVES = 5_000;
/**
 * An erasure takes the turns of at most this many of the user's conversations, those they are
 * still in and the most recently active first (PostgreSQL): each turn is an entry in the
 * server's shared lock table, which holds a few thousand for all its sessions at once, so that
 * erasures side by side leave room for the rest. In the others a send that commits while the
 * erasure waits is erased all the same (it holds the conversation's row), but may be logged
 * after the erasure's events.
 */
const ERASURE_TURNS = 200;
/** Users whose held-back erasure is finished per query. */
const FINISH_BATCH = 100;
/** Parley itself, in the audit log: it finishes what an erasure left until a dispute ended. */
const SERVICE_ITSELF: AuditActor = { type: 'service', id: null, ip: null, requestId: null };

export interface ErasureSummary {
  erased: true;
  /** Conversations in a disputed context: the user's messages there are kept until the dispute ends. */
  deferred: string[];
  /** How many of the user's messages became tombstones (or lost a text they still held) in this call. */
  messages: number;
}

export class PrivacyService {
  private finishing: Promise<void> | undefined;
  private finishAgain = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
    private readonly attachments: AttachmentsService,
    private readonly signal: EventLogSignal,
    /** Tells every instance to forget the user (their caches and sockets), after the commit. */
    private readonly forgetEverywhere: (userId: string) => void,
    private readonly logger: Logger,
    /** ADMIN_USER_IDS: ids the configuration makes admins, which an erasure would lock out for good. */
    private readonly configuredAdmins: readonly string[] = [],
  ) {}

  /**
   * Checks the caller may export `userId` and audits the export; then the document is produced
   * by `writeExport`. Anyone other than the user and the service key is told it does not exist.
   */
  async startExport(actor: Actor, origin: RequestOrigin, userId: string): Promise<AsyncGenerator<string>> {
    if (!(actor.kind === 'service' || actor.userId === userId)) throw notFound('user');
    const user = await this.store.users.findById(userId);
    if (!user || user.erased_at !== null) throw notFound('user');
    await this.audit.record({ actor: auditActor(actor, origin), action: 'user.exported', target: { type: 'user', id: userId } });
    return this.writeExport(userId);
  }

  /** The export as JSON text, piece by piece. */
  private async *writeExport(userId: string): AsyncGenerator<string> {
    const user = await this.store.users.findById(userId);
    if (!user) throw notFound('user');
    const lastSeenAt = (await this.store.users.lastSeenOf([userId])).get(userId) ?? null;
    yield `{"exportedAt":${JSON.stringify(nowIso())},"profile":${JSON.stringify(presentUser(user))},"lastSeenAt":${JSON.stringify(lastSeenAt)}`;

    const conversations = await this.store.privacy.conversationsOf(userId);
    const contextKeys = conversations.filter((c) => c.context_type !== null && c.context_id !== null);
    const contexts = new Map<string, unknown>();
    for (const c of contextKeys) {
      const key = `${c.context_type}\u0000${c.context_id}`;
      if (contexts.has(key)) continue;
      const row = await this.store.contexts.find(c.context_type as string, c.context_id as string);
      contexts.set(key, row ? { type: row.type, id: row.id, title: row.title, url: row.url, state: row.state, metadata: JSON.parse(row.metadata) as unknown } : null);
    }
    yield `,"conversations":${JSON.stringify(
      conversations.map((c) => ({
        id: c.id,
        type: c.type,
        title: c.title,
        status: c.status,
        role: c.member_role,
        joinedAt: c.joined_at,
        leftAt: c.left_at,
        createdAt: c.created_at,
        // The platform's record of the context; for one it never described, what the conversation shows of it.
        context: contexts.get(`${c.context_type}\u0000${c.context_id}`) ?? presentConversationContext(c),
      })),
    )}`;

    yield ',"messages":';
    yield* jsonArrayInPages(
      (after) => this.store.privacy.messagesBySender(userId, after, PAGE),
      async (rows) => {
        const ids = rows.map((row) => row.id);
        const files = await this.store.attachments.ofMessages(ids);
        const reactions = await this.store.messages.reactionsOf(ids);
        return rows.map((row) => ({
          id: row.id,
          conversationId: row.conversation_id,
          seq: row.seq,
          content: row.content,
          originalContent: row.original_content,
          messageType: row.message_type,
          replyToId: row.reply_to_id,
          moderation: { status: row.moderation_status, reasons: JSON.parse(row.moderation_reasons) as string[] },
          createdAt: row.created_at,
          editedAt: row.edited_at,
          deletedAt: row.deleted_at,
          attachments: (files.get(row.id) ?? []).map((file) => this.attachments.present(file, userId)),
          reactions: (reactions.get(row.id) ?? []).map((r) => ({ emoji: r.emoji, userId: r.user_id })),
        }));
      },
    );
    // Files uploaded and not sent (yet) are theirs too, until the sweep removes them.
    yield ',"uploads":';
    yield* jsonArrayInPages(
      (after) => this.store.attachments.unsentBy(userId, after, PAGE),
      async (files) => files.map((file) => this.attachments.present(file, userId)),
    );

    const reactionsMade = await this.store.privacy.reactionsBy(userId);
    yield `,"reactions":${JSON.stringify(reactionsMade.map((r) => ({ messageId: r.message_id, emoji: r.emoji, createdAt: r.created_at })))}`;
    const reports = await this.store.reports.byReporter(userId);
    yield `,"reports":${JSON.stringify(
      reports.map((r) => ({
        id: r.id,
        targetType: r.target_type,
        targetId: r.target_id,
        conversationId: r.conversation_id,
        reason: r.reason,
        details: r.details,
        status: r.status,
        resolution: r.resolution,
        createdAt: r.created_at,
      })),
    )}`;
    const blocks = await this.store.privacy.blocksBy(userId);
    yield `,"blocks":${JSON.stringify(blocks.map((b) => ({ userId: b.blocked_id, reason: b.reason, createdAt: b.created_at })))}`;
    const pointers = await this.store.privacy.readPointersOf(userId);
    yield `,"readPointers":${JSON.stringify(pointers.map((p) => ({ conversationId: p.conversation_id, lastReadSeq: p.last_read_seq, lastReadAt: p.last_read_at })))}`;
    // Moderators' reads of their conversations, those deleted for everyone since included.
    const former = await this.store.privacy.formerConversationsOf(userId);
    const reads = await this.store.audit.readsOfConversations([...conversations.map((c) => c.id), ...former]);
    yield `,"accessLog":${JSON.stringify(
      reads.map(presentAuditEntry).map((entry) => ({
        at: entry.at,
        moderatorId: entry.actor.id,
        conversationId: entry.target.conversationId,
        reason: entry.reason,
      })),
    )}}`;
  }

  /**
   * Erases a user (the service key or an admin). Idempotent: a user erased before, or never
   * known, answers the same. Conversations in a disputed context are left as they are and named.
   */
  async erase(actor: Actor, origin: RequestOrigin, userId: string): Promise<ErasureSummary> {
    if (!isAdmin(actor)) throw notFound('user');
    // An erasure cannot be undone: an operator's own id, or one the configuration names, would be
    // locked out for good by one mistaken call.
    if (actor.kind === 'user' && actor.userId === userId) {
      throw new AppError('CONFLICT', 'an admin cannot erase themselves; another admin or the service key can');
    }
    if (this.configuredAdmins.includes(userId)) {
      throw new AppError('CONFLICT', 'this user is an admin by ADMIN_USER_IDS; take them out of it before erasing them', { userId });
    }
    return this.eraseAs(auditActor(actor, origin), userId, null);
  }

  /**
   * Finishes the erasures a dispute held back, where it has ended: for each such user the
   * erasure runs again (it is idempotent and reaches what is no longer disputed), audited as
   * Parley's own. Called when a context leaves `disputed` and by the contexts' sweep every
   * minute, which also covers a stop between the two. Never rejects: a failure is logged and
   * the next call tries again.
   */
  finishDeferredErasures(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.finishing !== undefined) {
      this.finishAgain = true;
      return this.finishing;
    }
    this.finishing = (async () => {
      try {
        do {
          this.finishAgain = false;
          // Users in id order, each after the last: one whose erasure fails is passed over (and
          // tried again at the next call), not tried again and again before the others.
          let after = '';
          for (;;) {
            const users = await this.store.privacy.usersWithThawedErasures(after, FINISH_BATCH);
            for (const userId of users) {
              if (this.stopped) return;
              await this.eraseAs(SERVICE_ITSELF, userId, 'finished: the dispute that held it back has ended').catch((error: unknown) => {
                this.logger.warn({ err: error }, 'finishing an erasure held back by a dispute failed; will retry');
              });
            }
            if (users.length < FINISH_BATCH) break;
            after = users[users.length - 1] as string;
          }
        } while (this.finishAgain && !this.stopped);
      } catch (error) {
        this.logger.warn({ err: error }, 'finding the erasures held back by a dispute failed; will retry');
      } finally {
        this.finishing = undefined;
      }
    })();
    return this.finishing;
  }

  /** Lets an erasure being finished end, and starts no other. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.finishing;
  }

  private async eraseAs(actor: AuditActor, userId: string, note: string | null): Promise<ErasureSummary> {
    const now = nowIso();
    const conversations = await this.store.privacy.conversationsOf(userId);
    const { deferred, tombstoned, files } = await this.store.transaction(async (tx) => {
      // The turns of their conversations before anything is locked (PostgreSQL): the erasure's
      // transaction id, and so its events' positions, then come after every change it waited
      // for, and a send of theirs that went first is logged before the tombstone that erases it.
      await tx.conversations.takeTurnsOf(likeliestWritten(conversations, ERASURE_TURNS).map((c) => c.id));
      // Then the user: a write of theirs that makes something new (requireLivingActor) either
      // committed before, and is erased below, or waits and finds them erased. Then their
      // conversations, and they leave them all: a send of theirs in flight either committed
      // before (and is erased below) or finds no conversation to send to.
      const known = await tx.users.lockForErasure(userId);
      const locked = await tx.privacy.lockConversations(conversations.map((c) => c.id));
      const deferred = locked.filter((c) => c.context_state === 'disputed').map((c) => c.id);
      const deferredSet = new Set(deferred);
      // Read before the profile is blanked: the names that Parley's notes may hold.
      const notes = await forgetNameInNotes(tx, userId, known ? [known.display_name, known.username] : []);
      if (known) await tx.privacy.anonymiseUser(userId, known.erased_at ?? now);
      // A disputed conversation keeps them as a member too, until the dispute ends and this runs again.
      const left = conversations.filter((c) => c.left_at === null && !deferredSet.has(c.id));
      const handedOver = await handOverOwnership(tx, userId, left);
      await tx.privacy.leaveConversations(userId, now, deferred);
      // Each new tombstone is announced (message.deleted), as a deletion is, unless there are
      // more than a transaction may append: then clients learn of it when they reload.
      const scrub = new MessageScrub(tx, now, {
        announce: true,
        announceAtMost: ANNOUNCED_TOMBSTONES,
        anonymise: { userId, conversations: conversations.map((c) => c.id).filter((id) => !deferredSet.has(id)), notes },
      });
      let after: string | null = null;
      for (;;) {
        const rows = await tx.privacy.messagesBySender(userId, after, PAGE);
        // Parley's notes of what they did ("Ivy added Kim") are its record, not their words: the
        // notes keep their place, with the id where the name stood (forgetNameInNotes).
        await scrub.add(rows.filter((row) => row.message_type !== 'SYSTEM' && !deferredSet.has(row.conversation_id)).map((row) => row.id));
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1]?.id ?? null;
      }
      await tx.privacy.deleteReactionsBy(userId);
      await tx.privacy.deleteBlocksOf(userId);
      await tx.privacy.forgetFormerMemberships(userId);
      await tx.privacy.clearReportTextsBy(userId);
      await tx.analytics.forgetResponder(userId);
      const { tombstoned, files } = await scrub.finish();
      await rewriteRenamedNotes(tx, deferred, notes);
      // The others hear that the user left each conversation they were still in, and of a new
      // OWNER; past ANNOUNCED_LEAVES conversations, the events would not fit in the transaction.
      const announceLeaves = left.length <= ANNOUNCED_LEAVES;
      for (const conversationId of announceLeaves ? handedOver : []) await appendConversationUpdated(tx, conversationId, null, now);
      if (announceLeaves) {
        await tx.events.append(
          left.map((c) =>
            eventRow(
              { type: 'participant.removed', conversationId: c.id, actorId: null, audienceUserId: userId, data: presentParticipantRemoved(c.id, userId, userId, 'erased') },
              now,
            ),
          ),
        );
      }
      // Files they sent go with their messages, but where a dispute holds those. Files never
      // sent are no conversation's record: they all go now, those meant for a disputed one too.
      const uploads = [
        ...(await tx.privacy.markSentAttachmentsDeleted(userId, deferred, now)),
        ...(await tx.attachments.markUnsentDeleted({ uploaderId: userId }, now)),
      ];
      await tx.privacy.replaceDeferredErasures(userId, deferred, now);
      if (known && known.erased_at === null) {
        await tx.events.append([
          eventRow({ type: 'user.erased', conversationId: null, actorId: null, scope: 'downstream', data: presentErasure(userId, now) }, now),
        ]);
      }
      // The id is kept only as a pseudonym: the audit log outlives the user.
      await this.audit.append(tx, {
        actor,
        action: 'user.erased',
        target: { type: 'user', id: this.audit.pseudonym(userId) },
        note: [note, deferred.length > 0 ? `${deferred.length} disputed conversation(s) deferred` : null].filter((part) => part !== null).join('; ') || null,
      });
      return { deferred, tombstoned, files: [...files, ...uploads] };
    });
    this.signal.committed();
    this.store.dropOldPageVersions();
    this.forgetEverywhere(userId);
    if (tombstoned > 0) await this.store.search.compact();
    await this.attachments.removeStored(files);
    return { erased: true, deferred, messages: tombstoned };
  }
}

/** The `count` conversations most likely written to now: those the user is still in first, then the latest active. */
function likeliestWritten<C extends { left_at: string | null; activity_at: string }>(conversations: C[], count: number): C[] {
  const rank = (c: C) => `${c.left_at === null ? 1 : 0}${c.activity_at}`;
  return [...conversations].sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0)).slice(0, count);
}

/**
 * A JSON array read in pages of PAGE rows by id, each page after the last row of the one before:
 * only one page is held in memory, whatever the length of the history.
 */
async function* jsonArrayInPages<Row extends { id: string }>(
  page: (afterId: string | null) => Promise<Row[]>,
  present: (rows: Row[]) => Promise<unknown[]>,
): AsyncGenerator<string> {
  yield '[';
  let after: string | null = null;
  for (let first = true; ; first = false) {
    const rows = await page(after);
    if (rows.length === 0) break;
    yield (first ? '' : ',') + (await present(rows)).map((item) => JSON.stringify(item)).join(',');
    after = (rows[rows.length - 1] as Row).id;
    if (rows.length < PAGE) break;
  }
  yield ']';
}

/**
 * Where the erased user was the last OWNER of a group, the longest-standing ADMIN (or, without
 * one, member) becomes OWNER: a conversation nobody can manage any more would be left behind.
 * The conversations where that happened.
 */
async function handOverOwnership(tx: Store, userId: string, conversations: ConversationWithMembership[]): Promise<string[]> {
  const handedOver: string[] = [];
  for (const conversation of conversations) {
    if (conversation.type === 'DIRECT' || conversation.member_role !== 'OWNER') continue;
    const others = (await tx.conversations.allParticipants(conversation.id)).filter((p) => p.left_at === null && p.user_id !== userId);
    if (others.length === 0 || others.some((p) => p.role === 'OWNER')) continue;
    const byTenure = (a: { joined_at: string; user_id: string }, b: { joined_at: string; user_id: string }) =>
      a.joined_at.localeCompare(b.joined_at) || a.user_id.localeCompare(b.user_id);
    const successor = [...others.filter((p) => p.role === 'ADMIN').sort(byTenure), ...others.filter((p) => p.role !== 'ADMIN').sort(byTenure)][0];
    if (successor === undefined) continue;
    await tx.conversations.setRole(conversation.id, successor.user_id, 'OWNER');
    handedOver.push(conversation.id);
  }
  return handedOver;
}
