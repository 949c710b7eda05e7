// Reports, the review queue, moderators' decisions and reads, and who may call /admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ID,
  anonymous,
  asService,
  asUser,
  buildConversation,
  type Client,
  sendMessage,
  signToken,
  startServer,
  type TestServer,
  uniqueId,
  withToken,
} from '../support/harness.js';
import { committedEvents } from '../support/log.js';
import { databaseKinds } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

describe.each(databaseKinds())('moderation on %s', (kind) => {
  let server: TestServer;
  let moderator: Client;
  let moderatorId: string;
  beforeAll(async () => {
    server = await startServer(kind);
    moderatorId = uniqueId('mod');
    moderator = withToken(server, await signToken({ sub: moderatorId, role: 'moderator' }));
  });
  afterAll(async () => {
    await server?.stop();
  });

  const downstreamEvents = async (type: string) =>
    (await committedEvents(server))
      .filter((row) => row.type === type)
      .map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));

  it('takes reports on messages, users and conversations the reporter can see, once per target', async () => {
    const [a, b, stranger] = [uniqueId(), uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'pay me by wire transfer');

    const first = await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'off-platform payment', details: 'wire' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      target: { type: 'message', id: message.id },
      messageId: message.id,
      conversationId: conversation.id,
      reason: 'off-platform payment',
      details: 'wire',
      status: 'open',
    });
    // The same reporter and target again, by either route: the first report, 200.
    const again = await asUser(server, b).post('/reports', { target: { type: 'message', id: message.id }, reason: 'spam' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const viaMessage = await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'spam' });
    expect(viaMessage.status).toBe(200);
    expect(viaMessage.body.id).toBe(first.body.id);

    const user = await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: 'scammer' });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ target: { type: 'user', id: a }, messageId: null, conversationId: null });
    const whole = await asUser(server, a).post('/reports', { target: { type: 'conversation', id: conversation.id }, reason: 'harassment' });
    expect(whole.status).toBe(201);
    expect(whole.body.conversationId).toBe(conversation.id);

    // What the reporter cannot see does not exist for them.
    await asUser(server, stranger).get('/me');
    expect((await asUser(server, stranger).post('/reports', { target: { type: 'message', id: message.id }, reason: 'x' })).status).toBe(404);
    expect((await asUser(server, stranger).post(`/messages/${message.id}/report`, { reason: 'x' })).status).toBe(404);
    expect((await asUser(server, stranger).post('/reports', { target: { type: 'conversation', id: conversation.id }, reason: 'x' })).status).toBe(404);
    expect((await asUser(server, stranger).post('/reports', { target: { type: 'user', id: 'nobody-at-all' }, reason: 'x' })).status).toBe(404);
    expect((await asUser(server, stranger).post('/reports', { target: { type: 'user', id: stranger }, reason: 'x' })).status).toBe(400);
    // Bad input changes nothing.
    expect((await asUser(server, b).post('/reports', { target: { type: 'listing', id: 'x' }, reason: 'x' })).status).toBe(400);
    expect((await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: '' })).status).toBe(400);
    expect((await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: ' \n\t ' })).status).toBe(400);
    expect((await asUser(server, b).post(`/messages/${message.id}/report`, { reason: '   ' })).status).toBe(400);
    expect((await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: 'r'.repeat(1001) })).status).toBe(400);
    expect((await asUser(server, b).post('/reports', { target: { type: 'user' }, reason: 'x' })).status).toBe(400);
    expect((await anonymous(server).post('/reports', { target: { type: 'user', id: a }, reason: 'x' })).status).toBe(401);

    // report.created goes downstream, once per report, and never to the participants.
    const created = await downstreamEvents('report.created');
    const mine = created.filter((e) => [first.body.id, user.body.id, whole.body.id].includes(e.data.id));
    expect(mine).toHaveLength(3);
    expect(mine.every((e) => e.scope === 'downstream')).toBe(true);
    expect(mine.find((e) => e.data.id === first.body.id)?.data).toMatchObject({ reporterId: b, target: { type: 'message', id: message.id } });
    const sync = await asUser(server, a).get('/sync?since=0&limit=1000');
    expect(sync.body.events.some((e: { type: string }) => e.type === 'report.created')).toBe(false);
  });

  it('queues one item per target, oldest first, with every open report on it, and resolves them together', async () => {
    const [a, b, c] = [uniqueId(), uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b, c], { type: 'GROUP' });
    const message = await sendMessage(server, a, conversation.id, 'meet me outside the app');
    const r1 = await asUser(server, b).post('/reports', { target: { type: 'message', id: message.id }, reason: 'off-platform' });
    const r2 = await asUser(server, c).post('/reports', { target: { type: 'message', id: message.id }, reason: 'spam', details: 'again' });
    const r3 = await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: 'scammer' });

    const items = await allQueueItems(moderator);
    const forMessage = items.filter((i) => i.target.id === message.id);
    expect(forMessage).toHaveLength(1);
    const item = forMessage[0] as QueueItem;
    expect(item).toMatchObject({
      target: { type: 'message', id: message.id, conversationId: conversation.id },
      message: { id: message.id, content: 'meet me outside the app', senderId: a },
      flag: null,
      conversation: { id: conversation.id, type: 'GROUP' },
    });
    expect(item.reports.map((r) => r.id)).toEqual([r1.body.id, r2.body.id]);
    expect(item.reports[1]).toMatchObject({ reporterId: c, reason: 'spam', details: 'again', status: 'open' });
    const userItem = items.find((i) => i.target.type === 'user' && i.target.id === a);
    expect(userItem?.reports.map((r) => r.id)).toEqual([r3.body.id]);
    expect(userItem?.user).toMatchObject({ id: a });
    // Oldest first, and pages do not repeat or skip.
    const firsts = items.map((i) => i.firstAt);
    expect([...firsts].sort()).toEqual(firsts);
    expect(new Set(items.map((i) => `${i.target.type}:${i.target.id}`)).size).toBe(items.length);
    expect((await moderator.get('/admin/moderation/queue?cursor=!!')).status).toBe(400);

    const resolved = await moderator.post(`/admin/reports/${r1.body.id}/resolve`, { resolution: 'warned the sender', note: 'first offence' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ id: r1.body.id, status: 'resolved', resolution: 'warned the sender', note: 'first offence', resolvedBy: moderatorId });
    // The whole item closes: the other report on the same target is resolved too.
    const after = await allQueueItems(moderator);
    expect(after.some((i) => i.target.id === message.id)).toBe(false);
    expect(after.some((i) => i.target.id === a)).toBe(true);
    expect((await moderator.post(`/admin/reports/${r2.body.id}/resolve`, { resolution: 'again' })).status).toBe(409);
    expect((await moderator.post('/admin/reports/nope/resolve', { resolution: 'x' })).status).toBe(404);
    expect((await moderator.post(`/admin/reports/${r3.body.id}/resolve`, { resolution: '' })).status).toBe(400);

    // Once resolved, the same reporter can report the target again: a new report, back in the queue.
    const reopened = await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'at it again' });
    expect(reopened.status).toBe(201);
    expect(reopened.body).toMatchObject({ target: { type: 'message', id: message.id }, reason: 'at it again', status: 'open' });
    expect(reopened.body.id).not.toBe(r1.body.id);
    const twice = await asUser(server, b).post('/reports', { target: { type: 'message', id: message.id }, reason: 'still' });
    expect(twice.status).toBe(200);
    expect(twice.body.id).toBe(reopened.body.id);
    expect((await allQueueItems(moderator)).find((i) => i.target.id === message.id)?.reports.map((r) => r.id)).toEqual([reopened.body.id]);

    const audit = await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${message.id}&action=report.resolved`);
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0]).toMatchObject({
      actor: { type: 'user', id: moderatorId },
      target: { type: 'message', id: message.id, conversationId: conversation.id },
      reason: 'warned the sender',
      note: 'first offence',
    });
  });

  it('lets one of several moderators deciding at once win: the others get 409, and the audit log holds one decision', async () => {
    const [a, b, c] = [uniqueId(), uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b, c]);
    const reports = [
      await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: 'spam' }),
      await asUser(server, c).post('/reports', { target: { type: 'user', id: a }, reason: 'rude' }),
    ];
    const moderators = await Promise.all(
      ['m1', 'm2', 'm3', 'm4'].map(async (name) => withToken(server, await signToken({ sub: uniqueId(name), role: 'moderator' }))),
    );
    // Each resolves one of the two reports (both on the same user), all at once.
    const resolutions = await Promise.all(
      moderators.map((m, i) => m.post(`/admin/reports/${reports[i % 2]!.body.id}/resolve`, { resolution: `decision ${i}` })),
    );
    expect(resolutions.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = resolutions.find((r) => r.status === 200)!;
    const audit = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${a}&action=report.resolved`)).body.data;
    expect(audit.map((e: { reason: string }) => e.reason)).toEqual([winner.body.resolution]);

    // Two removals and an approval of one message at once: one decision, one tombstone, one entry.
    const message = await sendMessage(server, a, conversation.id, 'a message three moderators judge at once');
    const decisions = await Promise.all(
      (['remove', 'remove', 'approve'] as const).map((action, i) => moderators[i]!.post(`/admin/messages/${message.id}/moderation`, { action })),
    );
    expect(decisions.filter((d) => d.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(decisions.every((d) => d.status === 200 || d.status === 409)).toBe(true);
    const decided = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${message.id}`)).body.data;
    expect(decided.map((e: { action: string }) => e.action)).toHaveLength(1);
    const deletions = (await downstreamEvents('message.deleted')).filter((e) => e.data.id === message.id || e.data.messageId === message.id);
    expect(deletions.length).toBe(decided[0].action === 'message.removed' ? 1 : 0);

    // The order the race above may take: an approval of what is not under review decides nothing
    // and is not audited; the removal after it is the one decision.
    const clean = await sendMessage(server, a, conversation.id, 'nothing here to review');
    expect((await moderators[0]!.post(`/admin/messages/${clean.id}/moderation`, { action: 'approve' })).status).toBe(200);
    expect((await moderators[1]!.post(`/admin/messages/${clean.id}/moderation`, { action: 'remove' })).status).toBe(200);
    const audited = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${clean.id}`)).body.data;
    expect(audited.map((e: { action: string }) => e.action)).toEqual(['message.removed']);
  });

  it("a moderator's DELETE is a removal: status removed, the text kept for moderators, audited", async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'meet me outside the platform, walrusberry');
    expect((await moderator.delete(`/messages/${message.id}`)).status).toBe(204);
    const seen = await asUser(server, b).get(`/messages/${message.id}`);
    expect(seen.body).toMatchObject({ content: '', isDeleted: true, moderation: { status: 'removed' } });
    const read = await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=deletion%20review`);
    expect(read.body.data[0]).toMatchObject({ id: message.id, originalContent: 'meet me outside the platform, walrusberry' });
    const audited = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${message.id}`)).body.data;
    expect(audited.map((e: { action: string }) => e.action)).toEqual(['message.deleted']);
    // The sender's own deletion stays a plain one: nothing kept.
    const own = await sendMessage(server, a, conversation.id, 'a typo, walrusberry');
    expect((await asUser(server, a).delete(`/messages/${own.id}`)).status).toBe(204);
    const after = await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=deletion%20review`);
    expect(after.body.data.find((m: { id: string }) => m.id === own.id)).toMatchObject({ moderation: { status: 'clean' } });
    expect(after.body.data.find((m: { id: string }) => m.id === own.id).originalContent ?? null).toBeNull();
  });

  it('removes a message: a tombstone for everyone, gone from search, kept for moderators, audited', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    await sendMessage(server, b, conversation.id, 'an earlier quokkaberry message');
    const message = await sendMessage(server, a, conversation.id, 'buy quokkaberry outside');
    await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: '👍' });
    const report = await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'off-platform' });
    const head = (await asUser(server, b).get('/sync')).body.cursor;
    expect((await asUser(server, b).get('/search?q=quokkaberry')).body.data.length).toBeGreaterThan(0);

    const removed = await moderator.post(`/admin/messages/${message.id}/moderation`, { action: 'remove', note: 'contact details' });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({
      id: message.id,
      content: '',
      isDeleted: true,
      moderation: { status: 'removed' },
      originalContent: 'buy quokkaberry outside',
    });

    for (const viewer of [a, b]) {
      const seen = await asUser(server, viewer).get(`/messages/${message.id}`);
      expect(seen.body).toMatchObject({ content: '', isDeleted: true, reactions: [], moderation: { status: 'removed' } });
      expect(seen.body.originalContent).toBeUndefined();
      const list = await asUser(server, viewer).get(`/conversations/${conversation.id}`);
      expect(list.body.lastMessage?.preview ?? '').not.toContain('quokkaberry');
    }
    const search = await asUser(server, b).get('/search?q=quokkaberry');
    expect(search.body.data.flatMap((hit: { message?: { id: string }; id?: string }) => [hit.message?.id ?? hit.id])).not.toContain(message.id);

    let events: { type: string; data: unknown }[] = [];
    // On PostgreSQL the log is read below the oldest transaction in flight: wait for it.
    await waitUntil(async () => {
      events = (await asUser(server, b).get(`/sync?since=${head}`)).body.events;
      return events.some((e) => e.type === 'message.deleted');
    }, 'message.deleted after the removal');
    const deleted = events.find((e) => e.type === 'message.deleted');
    expect(deleted?.data).toMatchObject({ id: message.id, moderation: { status: 'removed' } });
    expect(JSON.stringify(events)).not.toContain('buy quokkaberry outside');

    // The report on it is closed with the decision; removing again changes nothing.
    const items = await allQueueItems(moderator);
    expect(items.some((i) => i.reports.some((r) => r.id === report.body.id))).toBe(false);
    expect((await moderator.post(`/admin/messages/${message.id}/moderation`, { action: 'remove' })).status).toBe(200);
    expect((await moderator.post(`/admin/messages/${message.id}/moderation`, { action: 'approve' })).status).toBe(409);
    expect((await moderator.post('/admin/messages/nope/moderation', { action: 'remove' })).status).toBe(404);
    expect((await moderator.post(`/admin/messages/${message.id}/moderation`, { action: 'hide' })).status).toBe(400);

    const read = await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=report%20review`);
    expect(read.status).toBe(200);
    expect(read.body.data[0]).toMatchObject({ id: message.id, content: '', originalContent: 'buy quokkaberry outside' });
    expect((await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=report%20review&cursor=2147483648`)).status).toBe(400);

    const audit = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${message.id}`)).body.data;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['message.removed']);
    expect(audit[0]).toMatchObject({ actor: { id: moderatorId }, note: 'contact details' });
    const reads = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${conversation.id}&action=conversation.read`)).body.data;
    expect(reads[0]).toMatchObject({ actor: { id: moderatorId }, reason: 'report review' });
  });

  it('keeps the text of a reported message for moderators when its sender deletes it; an unreported one keeps nothing', async () => {
    const [a, b] = [uniqueId('harasser'), uniqueId('victim')];
    const conversation = await buildConversation(server, a, [b]);
    const reported = await sendMessage(server, a, conversation.id, 'pay me outside or I leave you a bad review');
    const plain = await sendMessage(server, a, conversation.id, 'never mind');
    expect((await asUser(server, b).post(`/messages/${reported.id}/report`, { reason: 'threat' })).status).toBe(201);
    expect((await asUser(server, a).delete(`/messages/${reported.id}`)).status).toBe(204);
    expect((await asUser(server, a).delete(`/messages/${plain.id}`)).status).toBe(204);

    // The participants see tombstones.
    const seen = (await asUser(server, b).get(`/conversations/${conversation.id}/messages`)).body.data;
    expect(seen.map((m: { content: string; isDeleted: boolean }) => [m.content, m.isDeleted])).toEqual([
      ['', true],
      ['', true],
    ]);
    // The moderator still reads what was reported, in the queue and in a read of the conversation.
    const queue = (await moderator.get('/admin/moderation/queue?limit=100')).body.data;
    const item = queue.find((i: { target: { id: string } }) => i.target.id === reported.id);
    expect(item.message).toMatchObject({ isDeleted: true, content: '', originalContent: 'pay me outside or I leave you a bad review' });
    const read = (await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=report%20review`)).body.data;
    expect(read.find((m: { id: string }) => m.id === reported.id).originalContent).toBe('pay me outside or I leave you a bad review');
    expect(read.find((m: { id: string }) => m.id === plain.id).originalContent).toBeNull();
    // Erasing the sender takes it too.
    expect((await asService(server).delete(`/users/${a}`)).status).toBe(200);
    const afterErasure = (await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=report%20review`)).body.data;
    expect(afterErasure.find((m: { id: string }) => m.id === reported.id).originalContent).toBeNull();
  });

  it('keeps the text under review for moderators, and the review open, when its sender edits it', async () => {
    const [a, b] = [uniqueId('editor'), uniqueId('victim')];
    const conversation = await buildConversation(server, a, [b]);
    const reported = await sendMessage(server, a, conversation.id, 'I will hurt you if you leave a bad review');
    expect((await asUser(server, b).post(`/messages/${reported.id}/report`, { reason: 'threat' })).status).toBe(201);
    const edited = await asUser(server, a).patch(`/messages/${reported.id}`, { content: 'have a nice day' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ content: 'have a nice day', isEdited: true });
    expect(edited.body).not.toHaveProperty('originalContent');

    const queue = (await moderator.get('/admin/moderation/queue?limit=100')).body.data;
    const item = queue.find((i: { target: { id: string } }) => i.target.id === reported.id);
    expect(item.message).toMatchObject({ content: 'have a nice day', originalContent: 'I will hurt you if you leave a bad review' });
    // A second edit still keeps the text that was reported, not the one in between.
    expect((await asUser(server, a).patch(`/messages/${reported.id}`, { content: 'bye' })).status).toBe(200);
    const read = (await moderator.get(`/admin/conversations/${conversation.id}/messages?reason=report%20review`)).body.data;
    expect(read.find((m: { id: string }) => m.id === reported.id)).toMatchObject({ content: 'bye', originalContent: 'I will hurt you if you leave a bad review' });
  });

  it('closes the reports made in a conversation deleted for everyone, and keeps them as the reporter\'s record', async () => {
    const [a, b] = [uniqueId('seller'), uniqueId('buyer')];
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'send the money by wire first');
    const onMessage = await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'scam' });
    const onConversation = await asUser(server, b).post('/reports', { target: { type: 'conversation', id: conversation.id }, reason: 'scam' });
    const onUser = await asUser(server, b).post('/reports', { target: { type: 'user', id: a }, reason: 'scam' });
    expect([onMessage.status, onConversation.status, onUser.status]).toEqual([201, 201, 201]);

    expect((await asService(server).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    const queue = (await moderator.get('/admin/moderation/queue?limit=100')).body.data as { target: { id: string } }[];
    expect(queue.map((i) => i.target.id)).not.toContain(message.id);
    expect(queue.map((i) => i.target.id)).not.toContain(conversation.id);
    // The report on the user is about the user, not the conversation: it stays open.
    expect(queue.map((i) => i.target.id)).toContain(a);
    const reports = (await asUser(server, b).get(`/users/${b}/export`)).body.reports as { id: string; status: string; resolution: string | null }[];
    expect(reports.find((r) => r.id === onMessage.body.id)).toMatchObject({ status: 'resolved', resolution: 'conversation deleted' });
    expect(reports.find((r) => r.id === onConversation.body.id)).toMatchObject({ status: 'resolved', resolution: 'conversation deleted' });
    expect(reports.find((r) => r.id === onUser.body.id)).toMatchObject({ status: 'open' });
  });

  it('audits a moderator deleting someone else\'s message and a conversation deleted for everyone, not a sender\'s own deletion', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b], { type: 'GROUP' });
    const own = await sendMessage(server, a, conversation.id, 'mine to delete');
    const theirs = await sendMessage(server, a, conversation.id, 'a moderator deletes this');
    expect((await asUser(server, a).delete(`/messages/${own.id}`)).status).toBe(204);
    expect((await moderator.delete(`/messages/${theirs.id}`)).status).toBe(204);
    expect((await asService(server).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    const admin = asUser(server, ADMIN_ID);
    expect((await admin.get(`/admin/audit-log?targetId=${own.id}`)).body.data).toEqual([]);
    expect((await admin.get(`/admin/audit-log?targetId=${theirs.id}`)).body.data[0]).toMatchObject({
      action: 'message.deleted',
      actor: { type: 'user', id: moderatorId },
      target: { type: 'message', id: theirs.id, conversationId: conversation.id },
    });
    expect((await admin.get(`/admin/audit-log?targetId=${conversation.id}&action=conversation.deleted`)).body.data[0]).toMatchObject({
      actor: { type: 'service', id: null },
      target: { type: 'conversation', id: conversation.id },
    });
    expect((await admin.get('/admin/audit-log/verify')).body.ok).toBe(true);
  });

  it('refuses every /admin route to non-moderators: 403 signed in, 401 anonymous', async () => {
    const user = asUser(server, uniqueId());
    const conversation = await buildConversation(server, uniqueId(), [uniqueId()]);
    const moderatorRoutes: [string, string, unknown?][] = [
      ['GET', '/admin/moderation/queue'],
      ['POST', '/admin/messages/some-id/moderation', { action: 'approve' }],
      ['POST', '/admin/reports/some-id/resolve', { resolution: 'done' }],
      ['GET', `/admin/conversations/${conversation.id}/messages?reason=curious`],
    ];
    const adminRoutes: [string, string, unknown?][] = [
      ['GET', '/admin/audit-log'],
      ['GET', '/admin/audit-log/verify'],
      ['GET', '/admin/events/dead-letters'],
      ['POST', '/admin/events/dead-letters/some-id/replay'],
    ];
    for (const [method, path, body] of [...moderatorRoutes, ...adminRoutes]) {
      expect([method, path, (await user.request(method, path, body)).status]).toEqual([method, path, 403]);
      expect([method, path, (await anonymous(server).request(method, path, body)).status]).toEqual([method, path, 401]);
    }
    // Moderators are not admins: the audit log and delivery are for admins.
    for (const [method, path, body] of adminRoutes) {
      expect([method, path, (await moderator.request(method, path, body)).status]).toEqual([method, path, 403]);
    }
    // A refused caller's read is not audited; the admin and the service key pass.
    const reads = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${conversation.id}`)).body.data;
    expect(reads).toEqual([]);
    expect((await asService(server).get('/admin/moderation/queue')).status).toBe(200);
    expect((await asUser(server, ADMIN_ID).get('/admin/moderation/queue')).status).toBe(200);
  });
});

interface QueueItem {
  target: { type: string; id: string; conversationId: string | null };
  firstAt: string;
  user: { id: string } | null;
  reports: { id: string; reporterId: string; reason: string; status: string }[];
}

async function allQueueItems(client: Client): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await client.get(`/admin/moderation/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    items.push(...page.body.data);
    cursor = page.body.nextCursor;
  } while (cursor !== null);
  return items;
}
