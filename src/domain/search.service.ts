import type { AttachmentUrlSigner } from '../attachments/url-signer.js';
import { AppError, invalid } from '../errors.js';
import { type MessageView, presentSearchHit, type SearchHit } from '../presenters/messages.presenter.js';
import type { MessageRow } from '../storage/messages.repository.js';
import { groupBy } from '../storage/group-by.js';
import type { Store } from '../storage/store.js';
import { accessConversation } from './access.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import { presentMessages } from './messages/views.js';
import { type SearchEncoding, wordSearch } from './search-encoding.js';
import type { SearchIndexing } from './search-indexer.js';
import { innerWords, matchesEvery, queryTerms, searchWords } from '../search-words.js';
import type { Page, UserActor } from './types.js';

/** Results are the best of this many newest matches: search stays fast on any word. */
export const SEARCH_CANDIDATES = 200;

/**
 * How well a message matches: a whole-word hit counts twice a prefix hit, repeated hits add
 * less and less, and a short message that matches beats a long one that mentions the words
 * in passing.
 */
export function relevance(content: string, terms: string[]): number {
  const words = searchWords(content);
  const searchable = [...words, ...innerWords(words)];
  let score = 0;
  for (const term of terms) {
    let hits = 0;
    for (const word of searchable) {
      if (word === term) hits += 2;
      else if (word.startsWith(term)) hits += 1;
    }
    score += Math.log1p(hits);
  }
  return score / Math.sqrt(1 + words.length / 10);
}

export class SearchService {
  /** A key the index holds entries under that is not configured, or null; looked up once (see keyMissingFromIndex). */
  private missingKey: Promise<string | null> | undefined;

  constructor(
    private readonly store: Store,
    private readonly indexer: SearchIndexing,
    private readonly links: AttachmentUrlSigner,
    private readonly encoding: SearchEncoding = wordSearch,
  ) {}

  async search(
    actor: UserActor,
    query: { q: string; conversationId?: string; cursor?: string; limit: number },
  ): Promise<Page<SearchHit>> {
    const asked = queryTerms(query.q);
    const terms = asked.map((t) => t.term);
    if (terms.length === 0) throw invalid('q must contain at least one word', { field: 'q' });
    const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor, { offset: 'position' }).offset;
    if (offset > SEARCH_CANDIDATES) throw invalid('cursor is malformed', { field: 'cursor' });
    // A conversation named outright is one the caller may read, or 404, as everywhere else.
    if (query.conversationId !== undefined) await accessConversation(this.store, actor, 'read', query.conversationId);
    // Read-your-writes: what was committed before this search is in the index when it runs.
    await this.indexer.catchUp();
    const missing = await this.keyMissingFromIndex();
    if (missing !== null) {
      throw new AppError('ENCRYPTION_KEY_MISSING', `the search index holds entries made with encryption key "${missing}", which is not configured`, {
        keyId: missing,
      });
    }
    const candidates = await this.store.search.newestMatches({
      userId: actor.userId,
      match: this.encoding.match(asked),
      limit: SEARCH_CANDIDATES,
      ...(query.conversationId !== undefined ? { conversationId: query.conversationId } : {}),
    });
    // Best match first; among equals the newer first (candidates arrive newest first). A
    // blind index can return a stray message; its decrypted content says so.
    const ranked = (this.encoding.approximate ? candidates.filter((row) => matchesEvery(row.content, terms)) : candidates)
      .map((row, order) => ({ row, order, score: relevance(row.content, terms) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map((entry) => entry.row);
    const page = ranked.slice(offset, offset + query.limit);
    return {
      data: await this.present(actor, page),
      nextCursor: ranked.length > offset + query.limit ? encodeCursor({ offset: offset + query.limit }) : null,
    };
  }

  /**
   * Entries made with a key that is not configured can never match a query: a search would
   * answer less than it should, which looks like a true answer. The index is asked once per
   * process: only the first configured key makes new entries, and a rotation that re-indexes
   * them needs that key configured.
   */
  private keyMissingFromIndex(): Promise<string | null> {
    this.missingKey ??= this.store.search.countIndexedByKey().then(
      (counts) => {
        const configured = new Set(this.store.cipher.keys.map((key) => key.id));
        for (const [keyId, entries] of counts) if (keyId !== null && entries > 0 && !configured.has(keyId)) return keyId;
        return null;
      },
      (error: unknown) => {
        this.missingKey = undefined;
        throw error;
      },
    );
    return this.missingKey;
  }

  /** Hits in rank order, presented one conversation at a time (its pointers read once). */
  private async present(actor: UserActor, rows: MessageRow[]): Promise<SearchHit[]> {
    const byConversation = groupBy(rows, (row) => row.conversation_id);
    const conversations = await this.store.conversations.findMany([...byConversation.keys()]);
    const views = new Map<string, MessageView>();
    for (const [conversationId, group] of byConversation) {
      for (const view of await presentMessages(this.store, this.links, conversationId, group, actor.userId)) views.set(view.id, view);
    }
    return rows.map((row) => presentSearchHit(views.get(row.id) as MessageView, conversations.get(row.conversation_id)));
  }
}
