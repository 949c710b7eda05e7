import { invalid } from '../errors.js';
import type { MessageView } from '../presenters/messages.presenter.js';
import type { Store } from '../storage/store.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import type { MessagesService } from './messages.service.js';
import type { Page, UserActor } from './types.js';

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;

export interface SearchHit extends MessageView {
  conversation: { id: string; type: string; title: string | null };
}

/**
 * The words of a query, lower-cased. Anything that is not a letter or digit separates words,
 * so search syntax (quotes, *, NEAR, :, -) is never passed to the database as syntax.
 */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

export class SearchService {
  constructor(
    private readonly store: Store,
    private readonly messages: MessagesService,
  ) {}

  async search(
    actor: UserActor,
    query: { q: string; conversationId?: string; cursor?: string; limit: number },
  ): Promise<Page<SearchHit>> {
    const terms = searchTerms(query.q);
    if (terms.length === 0) throw invalid('q must contain at least one word', { field: 'q' });
    const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor, { offset: 'number' }).offset;
    if (!Number.isInteger(offset) || offset < 0 || offset > 10_000) throw invalid('cursor is malformed', { field: 'cursor' });
    const rows = await this.store.search.search({
      userId: actor.userId,
      terms,
      offset,
      limit: query.limit + 1,
      ...(query.conversationId !== undefined ? { conversationId: query.conversationId } : {}),
    });
    const page = rows.slice(0, query.limit);
    const conversations = new Map<string, { id: string; type: string; title: string | null }>();
    const data: SearchHit[] = [];
    for (const row of page) {
      let conversation = conversations.get(row.conversation_id);
      if (!conversation) {
        const found = await this.store.conversations.findById(row.conversation_id);
        conversation = { id: row.conversation_id, type: found?.type ?? 'GROUP', title: found?.title ?? null };
        conversations.set(row.conversation_id, conversation);
      }
      const [view] = await this.messages.presentMany(this.store, row.conversation_id, [row], actor.userId);
      data.push({ ...(view as MessageView), conversation });
    }
    return { data, nextCursor: rows.length > query.limit ? encodeCursor({ offset: offset + query.limit }) : null };
  }
}
