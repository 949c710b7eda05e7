// What a key rotation walks besides the sealed columns: the blind search index (entries made
// under an older key, or words indexed before encryption was on) and the stored files.
import { blobKeys } from '../attachments/blob-store.js';
import type { EncryptedBlobStore } from '../attachments/encrypted-blob-store.js';
import { UndecryptableError } from '../errors.js';
import type { Store } from '../storage/store.js';
import type { RotationStep } from './encryption.service.js';
import type { SearchIndexing } from './search-indexer.js';

/**
 * One step per key the index may hold entries under that is not the current one: the older
 * configured keys, and `null` (the word index, from before encryption). Each entry is made
 * again under the current key.
 */
export function searchIndexSteps(store: Store, indexer: SearchIndexing): RotationStep[] {
  const current = store.cipher.currentKeyId;
  const older = [...store.cipher.keys.map((k) => k.id).filter((id) => id !== current), null];
  return older.map((keyId) => ({
    name: `search index (${keyId ?? 'words'})`,
    // One store, however many steps walk it: its entries under every key id (older, current, or
    // no longer configured), and under null the word index's.
    store: 'search index',
    countByKey: () => store.search.countIndexedByKey(),
    async stale(after, limit) {
      const ids = await store.search.messageIdsIndexedUnder(keyId, after, limit);
      return ids.map((id) => ({ page: id }));
    },
    reseal: (items) => indexer.reindex(items.map((item) => item.page)),
    // Every word entry now lives in the blind index; SQLite's segments would keep the words.
    ...(keyId === null ? { finish: () => store.search.clearWordIndex() } : {}),
  }));
}

/** Every stored file and thumbnail, sealed again under the current key (plaintext ones too). */
export function fileStep(store: Store, blobs: EncryptedBlobStore): RotationStep<{ page: string; thumbnail: boolean }> {
  const keysOf = (file: { page: string; thumbnail: boolean }) => {
    const keys = blobKeys(file.page);
    return file.thumbnail ? [keys.file, keys.thumbnail] : [keys.file];
  };
  return {
    name: 'files',
    async countByKey() {
      const counts = new Map<string | null, number>();
      for (let after: string | null = null; ; ) {
        const page = await store.attachments.pageStored(after, 500);
        for (const row of page) {
          for (const key of keysOf({ page: row.id, thumbnail: row.thumbnail_state === 'ready' })) {
            const keyId = await blobs.keyIdOf(key);
            if (keyId !== undefined) counts.set(keyId, (counts.get(keyId) ?? 0) + 1);
          }
        }
        if (page.length < 500) return counts;
        after = page.at(-1)!.id;
      }
    },
    async stale(after, limit) {
      const page = await store.attachments.pageStored(after, limit);
      return page.map((row) => ({ page: row.id, thumbnail: row.thumbnail_state === 'ready' }));
    },
    async reseal(files) {
      for (const file of files) {
        // A damaged file does not keep its thumbnail from being re-sealed: it is told after both.
        let damaged: UndecryptableError | undefined;
        for (const key of keysOf(file)) {
          try {
            await blobs.reseal(key);
          } catch (error) {
            if (!(error instanceof UndecryptableError)) throw error;
            damaged ??= error;
          }
        }
        // A file deleted meanwhile was written again by reseal: remove it once more.
        if ((await store.attachments.findById(file.page)) === undefined) {
          for (const key of keysOf(file)) await blobs.delete(key);
        } else if (damaged !== undefined) throw damaged;
      }
    },
  };
}
