// Message retention: what came of age becomes a tombstone everywhere its text was kept, by
// context type, while recent messages and disputed conversations stay. The clock is Date's,
// moved forward by the test (the sweep's passes are started by the test, never by a timer).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdf, png, storedObjects, upload } from '../support/attachments.js';
import { asService, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { uniqueMarker } from '../support/markers.js';
import { databaseKinds } from '../support/services.js';
import { storedTextOnceGone } from '../support/stored-text.js';
import { waitUntil } from '../support/wait.js';

const DAY_MS = 86_400_000;
/** What the markers are sent with. */
const RETENTION_SUFFIXES = ['booking', 'caption', 'edited', 'file', 'plain', 'reply', 'disputed', 'listing'];

describe.each(databaseKinds())('message retention on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(
      kind,
      { MESSAGE_RETENTION_DAYS: '30', MESSAGE_RETENTION_DAYS_BOOKING: '7', MESSAGE_RETENTION_DAYS_LISTING: '0' },
      { timings: { retentionEveryMs: 3_600_000, retentionPauseMs: 1 } },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('tombstones what came of age, per context type, with its files and every copy of its text; recent and disputed messages stay', async () => {
    const policy = server.parley.ctx.contentPolicy;
    const gone = uniqueMarker('zg', RETENTION_SUFFIXES, policy);
    const kept = uniqueMarker('zk', RETENTION_SUFFIXES, policy);
    const held = uniqueMarker('zh', RETENTION_SUFFIXES, policy);
    const retention = server.parley.ctx.retention;
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.now();
    const at = (days: number) => vi.setSystemTime(t0 + days * DAY_MS);
    at(0);

    const a = uniqueId('old');
    const b = uniqueId('peer');
    const asB = asUser(server, b);
    const plain = await buildConversation(server, a, [b]);
    const booking = await buildConversation(server, a, [b], { context: { type: 'booking', id: uniqueId('bk') } });
    const disputedContext = uniqueId('bk');
    const disputed = await buildConversation(server, a, [b], { context: { type: 'booking', id: disputedContext } });
    const listing = await buildConversation(server, a, [b], { context: { type: 'listing', id: uniqueId('ls') } });

    const first = await sendMessage(server, a, plain.id, `hello ${gone}plain`);
    const edited = await sendMessage(server, a, plain.id, 'draft');
    expect((await asUser(server, a).patch(`/messages/${edited.id}`, { content: `now ${gone}edited` })).status).toBe(200);
    const photo = (await upload(server, a, { name: 'p.png', bytes: await png(), type: 'image/png' }, { conversationId: plain.id })).body;
    await server.parley.ctx.attachments.thumbnails.ensure(photo.id);
    const document = pdf(4096);
    document.write(`${gone}file`, 100);
    const file = (await upload(server, a, { name: 'notes.pdf', bytes: document, type: 'application/pdf' }, { conversationId: plain.id })).body;
    const withFiles = await sendMessage(server, a, plain.id, `see ${gone}caption`, { attachmentIds: [photo.id, file.id] });
    const reply = await sendMessage(server, b, plain.id, `answer ${gone}reply`, { replyToId: first.id });
    const oldBooking = await sendMessage(server, b, booking.id, `booked ${gone}booking`);
    const oldDisputed = await sendMessage(server, a, disputed.id, `held ${held}disputed`);
    const oldListing = await sendMessage(server, a, listing.id, `listed ${kept}listing`);
    expect((await asService(server).put(`/contexts/booking/${disputedContext}`, { state: 'disputed' })).status).toBeLessThan(300);
    expect((await storedObjects(server)).filter((key) => key.includes(photo.id))).toHaveLength(2);
    await waitUntil(async () => (await asB.get(`/search?q=${gone}plain`)).body.data?.length === 1, 'indexed');
    const cursor = (await asB.get('/sync?since=0&limit=1000')).body.cursor as string;

    // Eight days on: only the booking's limit (7 days) has passed.
    at(8);
    const recentBooking = await sendMessage(server, a, booking.id, `fresh ${gone}booking`);
    expect((await retention.runOnce()).tombstoned).toBeGreaterThanOrEqual(1);
    expect((await asB.get(`/messages/${oldBooking.id}`)).body).toMatchObject({ isDeleted: true, content: '' });
    expect((await asB.get(`/messages/${recentBooking.id}`)).body.content).toBe(`fresh ${gone}booking`);
    expect((await asB.get(`/messages/${first.id}`)).body.content).toBe(`hello ${gone}plain`);

    // Thirty-one days on: everything past 30 days goes, and the booking's message of day 8 (past
    // 7); listings are kept for ever, the disputed conversation waits.
    at(31);
    const recentPlain = await sendMessage(server, b, plain.id, `fresh ${kept}plain`);
    const report = await retention.runOnce();
    expect(report.tombstoned).toBeGreaterThanOrEqual(4);
    expect(report.waiting).toBe(1);
    expect(await retention.runOnce()).toEqual({ tombstoned: 0, waiting: 1 });

    for (const message of [first, edited, withFiles, reply, oldBooking, recentBooking]) {
      expect((await asB.get(`/messages/${message.id}`)).body).toMatchObject({ isDeleted: true, content: '', attachments: [] });
    }
    for (const [message, text] of [
      [recentPlain, `fresh ${kept}plain`],
      [oldListing, `listed ${kept}listing`],
      [oldDisputed, `held ${held}disputed`],
    ] as const) {
      expect((await asB.get(`/messages/${message.id}`)).body).toMatchObject({ isDeleted: false, content: text });
    }

    // The files and their thumbnails are gone from storage.
    expect((await asUser(server, a).get(`/attachments/${photo.id}`)).status).toBe(404);
    expect((await storedObjects(server)).filter((key) => key.includes(photo.id) || key.includes(file.id))).toEqual([]);

    // Each tombstone is announced as a deletion by nobody in particular.
    const sync = await asB.get(`/sync?since=${cursor}&limit=1000`);
    const deletions = sync.body.events.filter((event: { type: string }) => event.type === 'message.deleted');
    for (const message of [first, edited, withFiles, reply, oldBooking, recentBooking]) {
      expect(deletions).toContainEqual(expect.objectContaining({ actorId: null, data: expect.objectContaining({ id: message.id }) }));
    }

    const answers = [
      await asB.get(`/conversations/${plain.id}/messages`),
      await asB.get(`/conversations/${booking.id}/messages`),
      await asB.get('/conversations'),
      await asB.get(`/conversations/${plain.id}`),
      await asB.get('/sync?since=0&limit=1000'),
      await asB.get(`/search?q=${gone}`),
      await asService(server).get(`/users/${a}/export`),
      await asService(server).get(`/users/${b}/export`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toContain(gone);
    }
    expect(JSON.stringify(answers[0]?.body)).toContain(`fresh ${kept}plain`);
    expect((await asB.get(`/search?q=${gone}plain`)).body.data).toEqual([]);
    const stored = await storedTextOnceGone(server, gone);
    expect(stored).not.toContain(gone);
    expect(stored).toContain(kept);
    expect(stored).toContain(held);

    // The dispute ends: the conversation's old messages go at the next pass.
    expect((await asService(server).put(`/contexts/booking/${disputedContext}`, { state: 'completed' })).status).toBeLessThan(300);
    expect((await retention.runOnce()).waiting).toBe(0);
    expect((await asB.get(`/messages/${oldDisputed.id}`)).body).toMatchObject({ isDeleted: true, content: '' });
    expect(await storedTextOnceGone(server, held)).not.toContain(held);
  });

  it('runs by itself on the delivering instance, every retentionEveryMs', async () => {
    const own = await startServer(kind, { MESSAGE_RETENTION_DAYS: '1' }, { timings: { retentionEveryMs: 20, retentionPauseMs: 1 } });
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      const t0 = Date.now();
      vi.setSystemTime(t0);
      const a = uniqueId();
      const b = uniqueId();
      const conversation = await buildConversation(own, a, [b]);
      const old = await sendMessage(own, a, conversation.id, 'soon gone');
      expect(own.parley.delivery.isLeader).toBe(true);
      vi.setSystemTime(t0 + 2 * DAY_MS);
      await waitUntil(async () => (await asUser(own, b).get(`/messages/${old.id}`)).body.isDeleted === true, 'tombstoned by the sweep');
      expect((await asUser(own, b).get(`/messages/${old.id}`)).body.content).toBe('');
    } finally {
      vi.useRealTimers();
      await own.stop();
    }
  });
});
