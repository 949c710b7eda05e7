// The search indexer reads a batch of events and makes its entries before it takes the index's
// position lock (on SQLite, the one write lock sends wait for). These tests stage what can
// happen in between: an erasure that blanks a message of the batch, and another indexer that
// applies the same batch first.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer } from '../../src/domain/search-indexer.js';
import type { EventRow } from '../../src/storage/events.repository.js';
import type { Store } from '../../src/storage/store.js';
import { asService, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('search indexing beside other writers, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
    // Only the indexers these tests make write the index.
    await server.parley.ctx.searchIndexer.stop();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The ids of the messages whose index entry holds a word beginning with `word`, as stored. */
  async function indexedIds(word: string): Promise<string[]> {
    const { db } = server.parley.ctx.database;
    const { rows } =
      kind === 'sqlite'
        ? await sql<{ id: string }>`select m.id from message_search f cross join messages m on m.rowid = f.rowid
            where message_search match ${`"${word}"*`}`.execute(db)
        : await sql<{ id: string }>`select message_id as id from message_search
            where document @@ to_tsquery('simple', ${`${word}:*`})`.execute(db);
    return rows.map((row) => row.id).sort();
  }

  /**
   * An indexer whose first read of the log waits, after reading, until `resume()`: what it read
   * is then older than whatever commits meanwhile.
   */
  function stagedIndexer() {
    const { store, logger } = server.parley.ctx;
    let resume = () => {};
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    let hasRead = () => {};
    const read = new Promise<void>((resolve) => (hasRead = resolve));
    let paused = false;
    const events = Object.create(store.events, {
      readAfter: {
        value: async (position: number, limit: number): Promise<EventRow[]> => {
          const rows = await store.events.readAfter(position, limit);
          if (!paused) {
            paused = true;
            hasRead();
            await resumed;
          }
          return rows;
        },
      },
    }) as Store['events'];
    const staged = Object.create(store, { events: { value: events } }) as Store;
    return { indexer: new SearchIndexer(staged, logger), read, resume };
  }

  it('makes no entry for a message erased after its batch was read', async () => {
    const word = `quokkaharbour${kind}`;
    const [erased, other] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, erased, [other]);
    await sendMessage(server, erased, conversation.id, `${word} from the erased user`);
    const kept = await sendMessage(server, other, conversation.id, `${word} from the one who stays`);

    const staged = stagedIndexer();
    const indexing = staged.indexer.catchUp();
    await staged.read;
    const erasure = await asService(server).delete(`/users/${erased}`);
    expect(erasure.status).toBe(200);
    staged.resume();
    await indexing;

    // The batch was applied (the other message is in), without the erased one's entry.
    expect(await indexedIds(word)).toEqual([kept.id]);
  });

  it('applies a batch once when another indexer applied it while this one read it', async () => {
    const word = `wallabyferry${kind}`;
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const sent = await sendMessage(server, a, conversation.id, `${word} across the bay`);

    const staged = stagedIndexer();
    const indexing = staged.indexer.catchUp();
    await staged.read;
    const later = await sendMessage(server, b, conversation.id, `${word} and back again`);
    const { store, logger } = server.parley.ctx;
    await new SearchIndexer(store, logger).catchUp();
    const position = await store.search.position();
    staged.resume();
    await indexing;

    // Not moved back to where the staged batch ended, and nothing indexed twice (FTS5 would list it twice).
    expect(await store.search.position()).toBe(position);
    expect(await indexedIds(word)).toEqual([sent.id, later.id].sort());
  });
});
