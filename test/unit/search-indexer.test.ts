import { describe, expect, it } from 'vitest';
import { indexChanges } from '../../src/domain/search-indexer.js';
import type { EventRow } from '../../src/storage/events.repository.js';

let pos = 0;
const event = (type: string, data: Record<string, unknown>): EventRow => ({
  pos: ++pos,
  id: `evt_${pos}`,
  type,
  conversation_id: 'c1',
  actor_id: 'u1',
  audience_user_id: null,
  scope: 'conversation',
  data: JSON.stringify(data),
  created_at: '2026-01-01T00:00:00.000Z',
});
const message = (id: string, content: string, extra: Record<string, unknown> = {}) => ({
  id,
  content,
  messageType: 'TEXT',
  isDeleted: false,
  moderation: { status: 'clean' },
  ...extra,
});
const sent = (id: string, content: string, extra?: Record<string, unknown>) => event('message.sent', message(id, content, extra));
const updated = (id: string, content: string, extra?: Record<string, unknown>) => event('message.updated', message(id, content, extra));
const deleted = (id: string) => event('message.deleted', { id });
const documents = (entries: Map<string, unknown>) =>
  Object.fromEntries([...entries].map(([id, entry]) => [id, (entry as { document: string }).document]));

describe('indexChanges', () => {
  it('adds messages sent in the batch without removing anything first', () => {
    const changes = indexChanges([sent('m1', 'hello'), sent('m2', 'there')]);
    expect(documents(changes.add)).toEqual({ m1: 'hello', m2: 'there' });
    expect(changes.replace.size).toBe(0);
    expect([...changes.remove]).toEqual([]);
  });

  it('replaces or removes the entry of a message sent in an earlier batch', () => {
    const changes = indexChanges([updated('old1', 'edited'), deleted('old2'), updated('old3', '', { isDeleted: true }), updated('old4', 'x', { moderation: { status: 'removed' } })]);
    expect(changes.add.size).toBe(0);
    expect(documents(changes.replace)).toEqual({ old1: 'edited' });
    expect([...changes.remove].sort()).toEqual(['old2', 'old3', 'old4']);
  });

  it('adds the last text of a message sent and edited in the batch, and nothing for one sent and deleted', () => {
    const changes = indexChanges([sent('m1', 'first'), updated('m1', 'second'), sent('m2', 'gone'), deleted('m2'), sent('m3', 'hidden'), updated('m3', 'hidden', { moderation: { status: 'removed' } })]);
    expect(documents(changes.add)).toEqual({ m1: 'second' });
    expect(changes.replace.size).toBe(0);
    expect([...changes.remove]).toEqual([]);
  });

  it('never indexes platform notes or empty messages', () => {
    const changes = indexChanges([sent('s1', 'joined', { messageType: 'SYSTEM' }), sent('f1', '')]);
    expect(changes.add.size + changes.replace.size + changes.remove.size).toBe(0);
  });

  it('keeps an edited message that was removed and edited back in the batch as one replacement', () => {
    const changes = indexChanges([updated('old', 'x', { moderation: { status: 'removed' } }), updated('old', 'fine again')]);
    expect(documents(changes.replace)).toEqual({ old: 'fine again' });
    expect([...changes.remove]).toEqual([]);
  });

  it('adds a message sent without text and given text by an edit in the batch', () => {
    const changes = indexChanges([sent('f1', ''), updated('f1', 'now with words')]);
    expect(documents(changes.add)).toEqual({ f1: 'now with words' });
    expect(changes.replace.size + changes.remove.size).toBe(0);
  });

  it('drops a message sent, hidden, restored and deleted in one batch without touching the index', () => {
    const changes = indexChanges([
      sent('m1', 'text'),
      updated('m1', 'text', { moderation: { status: 'removed' } }),
      updated('m1', 'text'),
      deleted('m1'),
    ]);
    expect(changes.add.size + changes.replace.size + changes.remove.size).toBe(0);
  });
});
