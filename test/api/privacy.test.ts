import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLink, pdf, png, storedObjects, upload } from '../support/attachments.js';
import {
  ADMIN_ID,
  asService,
  asUser,
  buildConversation,
  sendMessage,
  signToken,
  startServer,
  type TestServer,
  uniqueId,
  withToken,
} from '../support/harness.js';
import { connectWebSocket } from '../support/sockets.js';
import { uniqueMarker } from '../support/markers.js';
import { databaseKinds } from '../support/services.js';
import { storedText, storedTextOnceGone } from '../support/stored-text.js';
import { newId } from '../../src/storage/ids.js';
import { waitUntil } from '../support/wait.js';
import { messageRow } from '../support/rows.js';

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe.each(databaseKinds())('GDPR export and erasure on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const databaseText = () => storedText(server);

  it('exports everything about a user to that user and the service key, streams it, audits it; others get 404', async () => {
    const a = uniqueId('exp');
    const b = uniqueId('peer');
    const blocked = uniqueId('blk');
    // About a job the platform never described: the export shows what the conversation shows of it.
    const job = uniqueId('job');
    const conversation = await buildConversation(server, a, [b], { context: { type: 'job', id: job, title: 'Fix the sink' } });
    const mine = await sendMessage(server, a, conversation.id, 'first from a');
    await sendMessage(server, a, conversation.id, 'second from a');
    const theirs = await sendMessage(server, b, conversation.id, 'from b');
    expect((await asUser(server, a).post(`/messages/${theirs.id}/reactions`, { emoji: '👍' })).status).toBeLessThan(300);
    expect((await asUser(server, a).post('/blocks', { userId: blocked })).status).toBeLessThan(300);
    const read = await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=dispute%20check`);
    expect(read.status).toBe(200);

    const response = await asUser(server, a).get(`/users/${a}/export`);
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.profile.id).toBe(a);
    expect(doc.conversations.map((c: { id: string }) => c.id)).toEqual([conversation.id]);
    expect(doc.conversations[0].context).toMatchObject({ type: 'job', id: job, title: 'Fix the sink' });
    expect(doc.messages.map((m: { content: string }) => m.content)).toEqual(
      expect.arrayContaining(['first from a', 'second from a']),
    );
    expect(doc.messages).toHaveLength(2);
    expect(doc.messages.find((m: { id: string }) => m.id === mine.id)).toMatchObject({ conversationId: conversation.id, attachments: [] });
    expect(doc.reactions).toEqual([expect.objectContaining({ messageId: theirs.id, emoji: '👍' })]);
    expect(doc.blocks).toEqual([expect.objectContaining({ userId: blocked })]);
    expect(doc.readPointers).toEqual([expect.objectContaining({ conversationId: conversation.id })]);
    expect(doc.accessLog).toEqual([expect.objectContaining({ moderatorId: ADMIN_ID, conversationId: conversation.id, reason: 'dispute check' })]);

    expect((await asService(server).get(`/users/${a}/export`)).status).toBe(200);
    expect((await asUser(server, b).get(`/users/${a}/export`)).status).toBe(404);
    expect((await asUser(server, ADMIN_ID).get(`/users/${a}/export`)).status).toBe(404);

    const audit = await asUser(server, ADMIN_ID).get(`/admin/audit-log?action=user.exported&targetId=${a}`);
    expect(audit.body.data).toHaveLength(2);
  });

  it('exports a user whose id is beyond Latin-1 or holds a quote, naming the file exactly; refuses a subject with half a UTF-16 pair', async () => {
    const id = `zoë "ü" 😀 ${uniqueId('x')}`;
    const token = await signToken({ sub: id });
    const conversation = await buildConversation(server, ADMIN_ID, [id]);
    await withToken(server, token).post(`/conversations/${conversation.id}/messages`, { content: 'hello from zoë' });

    const response = await withToken(server, token).get(`/users/${encodeURIComponent(id)}/export`);
    expect(response.status).toBe(200);
    expect(response.body.profile.id).toBe(id);
    expect(response.body.messages.map((m: { content: string }) => m.content)).toEqual(['hello from zoë']);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="parley-export-[\x20-\x7E]+\.json"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.slice(disposition.indexOf("''") + 2))).toBe(`parley-export-${id}.json`);

    const lone = await withToken(server, await signToken({ sub: `half\ud83d ${uniqueId('x')}` })).get('/conversations');
    expect(lone.status).toBe(401);
  });
  it('exports the files a user uploaded and has not sent, apart from the ones in messages', async () => {
    const a = uniqueId('upl');
    const conversation = await buildConversation(server, a, [uniqueId('peer')]);
    const sentFile = await upload(server, a, { name: 'sent.pdf', bytes: pdf(2048), type: 'application/pdf' }, { conversationId: conversation.id });
    const keptFile = await upload(server, a, { name: 'draft quote.pdf', bytes: pdf(2048), type: 'application/pdf' }, { conversationId: conversation.id });
    expect([sentFile.status, keptFile.status]).toEqual([201, 201]);
    await sendMessage(server, a, conversation.id, 'the signed copy', { attachmentIds: [sentFile.body.id] });

    const doc = (await asUser(server, a).get(`/users/${a}/export`)).body;
    expect(doc.uploads).toEqual([expect.objectContaining({ id: keptFile.body.id, name: 'draft quote.pdf' })]);
    expect(doc.messages[0].attachments).toEqual([expect.objectContaining({ id: sentFile.body.id })]);
    // The link downloads the file, for the user it was exported to.
    const download = await fetchLink(server, doc.uploads[0].url);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(2048);
  });

  it("forgets the erased user's figures as a responder: they read as a user never known", async () => {
    const [buyer, seller] = [uniqueId('buyer'), uniqueId('seller')];
    const conversation = await buildConversation(server, buyer, [seller]);
    await sendMessage(server, buyer, conversation.id, 'is it still for sale?');
    await sendMessage(server, seller, conversation.id, 'yes it is');
    const figures = async (userId: string) => (await asUser(server, ADMIN_ID).get(`/analytics/responders/${userId}`)).body;
    const never = await figures(uniqueId('never'));
    expect(await figures(seller)).not.toEqual({ ...never, userId: seller });
    expect((await asService(server).delete(`/users/${seller}`)).status).toBe(200);
    expect(await figures(seller)).toEqual({ ...never, userId: seller });
  });

  it("keeps a moderator's read of a conversation in its members' exports after it is deleted for everyone, until a member is erased", async () => {
    const [a, b, gone] = [uniqueId('exp'), uniqueId('peer'), uniqueId('gone')];
    const conversation = await buildConversation(server, a, [b, gone], { type: 'GROUP', title: 'deposit', message: 'about the deposit' });
    expect((await asService(server).delete(`/users/${gone}`)).status).toBe(200);
    expect((await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=deposit%20dispute`)).status).toBe(200);
    expect((await asUser(server, ADMIN_ID).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    // One erased before is not remembered: nothing would forget them again.
    const { db } = server.parley.ctx.database;
    const remembered = async () =>
      (await db.selectFrom('former_members').select('user_id').where('conversation_id', '=', conversation.id as string).orderBy('user_id').execute()).map((r) => r.user_id);
    expect(await remembered()).toEqual([a, b].sort());

    for (const member of [a, b]) {
      const document = (await asUser(server, member).get(`/users/${member}/export`)).body as { conversations: unknown[]; accessLog: unknown[] };
      expect(document.conversations).toEqual([]);
      expect(document.accessLog).toEqual([expect.objectContaining({ moderatorId: ADMIN_ID, conversationId: conversation.id, reason: 'deposit dispute' })]);
    }
    // An erased member's record of it goes with them; the other's stays.
    expect((await asService(server).delete(`/users/${a}`)).status).toBe(200);
    expect(await remembered()).toEqual([b]);
  });

  it('answers 401 to an erased caller asking for their profile, also before this instance hears of the erasure', async () => {
    const user = uniqueId('gone');
    expect((await asUser(server, user).get('/me')).status).toBe(200);
    // Another instance's erasure commits; this one still remembers the living profile.
    await server.parley.ctx.database.db.updateTable('users').set({ erased_at: new Date().toISOString() }).where('id', '=', user).execute();
    const me = await asUser(server, user).get('/me');
    expect(me.status).toBe(401);
    expect(me.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'this user has been erased' });
  });

  it('streams a long history in pages', async () => {
    const a = uniqueId('long');
    // Several conversations, so the sends do not all queue for one conversation's lock.
    const conversations = await Promise.all(Array.from({ length: 5 }, () => buildConversation(server, a, [uniqueId()])));
    for (let i = 0; i < 1_100; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => sendMessage(server, a, conversations[j % 5].id, `m${i + j}`)));
    }
    const doc = (await asService(server).get(`/users/${a}/export`)).body;
    expect(doc.messages).toHaveLength(1_100);
    expect(new Set(doc.messages.map((m: { id: string }) => m.id)).size).toBe(1_100);
    // 1,100 sends: allow for a loaded machine.
  }, 90_000);

  it('erases a user everywhere: no byte of their texts is left, others keep tombstones, twice answers the same', async () => {
    const marker = uniqueMarker('zq', ['sent', 'edited', 'file', 'caption', 'reason', 'report', 'user', 'userreport', 'preview', 'blocking', 'blocked']);
    const a = uniqueId('gone');
    const b = uniqueId('stays');
    // Their profile is personal data too: the log quotes it in every event naming them.
    const name = `Name${marker}`;
    expect((await asService(server).put(`/users/${a}`, { username: `u${marker}`, displayName: name, avatarUrl: `https://cdn.example/${marker}.png` })).status).toBe(200);
    const conversation = await buildConversation(server, a, [b]);
    const sent = await sendMessage(server, a, conversation.id, `hello ${marker}sent`);
    const edited = await sendMessage(server, a, conversation.id, 'plain');
    expect((await asUser(server, a).patch(`/messages/${edited.id}`, { content: `now ${marker}edited` })).status).toBe(200);
    const bytes = pdf(4096);
    bytes.write(`${marker}file`, 100);
    const file = await upload(server, a, { name: 'notes.pdf', bytes, type: 'application/pdf' }, { conversationId: conversation.id });
    expect(file.status).toBe(201);
    await sendMessage(server, a, conversation.id, `see ${marker}caption`, { attachmentIds: [file.body.id] });
    const reply = await sendMessage(server, b, conversation.id, 'my answer', { replyToId: sent.id });
    // A report they made: its reason and details are their words too, also in the event that announced it.
    expect((await asUser(server, a).post(`/messages/${reply.id}/report`, { reason: `spam ${marker}reason`, details: `see ${marker}report` })).status).toBe(201);
    // A report of a user belongs to no conversation; its event quotes their words all the same.
    const reportOfUser = await asUser(server, a).post('/reports', { target: { type: 'user', id: b }, reason: `rude ${marker}user`, details: `said ${marker}userreport` });
    expect(reportOfUser.status).toBe(201);
    await sendMessage(server, a, conversation.id, `last ${marker}preview`);
    // Blocks they made and blocks of them: the reasons are words about them.
    expect((await asUser(server, a).post('/blocks', { userId: uniqueId('pest'), reason: `spam ${marker}blocking` })).status).toBe(201);
    const blocker = uniqueId('blocker');
    expect((await asUser(server, blocker).post('/blocks', { userId: a, reason: `rude ${marker}blocked` })).status).toBe(201);
    await waitUntil(async () => (await asUser(server, b).get(`/search?q=${marker}sent`)).body.data?.length === 1, 'indexed');
    expect(await databaseText()).toContain(marker);

    const erased = await asService(server).delete(`/users/${a}`);
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ erased: true, deferred: [], messages: 4 });
    const again = await asUser(server, ADMIN_ID).delete(`/users/${a}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ erased: true, deferred: [] });
    expect((await asService(server).delete(`/users/${uniqueId('never')}`)).status).toBe(200);
    expect((await asUser(server, b).delete(`/users/${a}`)).status).toBe(403);
    // An erasure cannot be undone: an admin does not erase themselves, nor an id ADMIN_USER_IDS names.
    for (const refused of [await asUser(server, ADMIN_ID).delete(`/users/${ADMIN_ID}`), await asService(server).delete(`/users/${ADMIN_ID}`)]) {
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('CONFLICT');
    }
    expect((await asUser(server, ADMIN_ID).get('/me')).status).toBe(200);
    // Nobody from then on: not given a profile again, not added to a conversation.
    const fine = uniqueId('fine');
    for (const refused of [
      await asService(server).put(`/users/${a}`, { username: 'back', displayName: 'Back again' }),
      await asService(server).post('/users/sync', { users: [{ id: fine, username: 'fine' }, { id: a, username: 'back' }] }),
      await asService(server).post('/users', { id: a, username: 'back' }),
    ]) {
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('CONFLICT');
    }
    // The sync is all or nothing: the other profile was not stored either.
    expect((await asUser(server, b).get(`/users/${fine}`)).status).toBe(404);
    const readded = await asUser(server, b).post('/conversations', { participantIds: [a], message: 'are you there' });
    expect(readded.status).toBe(404);
    // Nor blocked, as they cannot be reported.
    expect((await asUser(server, b).post('/blocks', { userId: a })).status).toBe(404);
    // Nor a conversation started for them by the platform: 404, not a 401 that would read as a bad service key.
    const startedFor = await asService(server).post('/conversations', { createdBy: a, participantIds: [b] });
    expect(startedFor.status).toBe(404);
    expect(startedFor.body.error.code).toBe('NOT_FOUND');
    const group = await asUser(server, b).post('/conversations', { type: 'GROUP', participantIds: [uniqueId('x')], title: 'g' });
    expect((await asUser(server, b).post(`/conversations/${group.body.id}/participants`, { userIds: [a] })).status).toBe(404);

    const asB = asUser(server, b);
    const messages = await asB.get(`/conversations/${conversation.id}/messages`);
    expect(messages.status).toBe(200);
    expect(messages.body.data).toHaveLength(5);
    const tombstones = messages.body.data.filter((m: { senderId: string }) => m.senderId === a);
    expect(tombstones.every((m: { isDeleted: boolean; content: string }) => m.isDeleted && m.content === '')).toBe(true);
    expect(messages.body.data.find((m: { id: string }) => m.id === reply.id)).toMatchObject({ content: 'my answer' });

    const answers = [
      messages,
      await asB.get('/conversations'),
      await asB.get(`/conversations/${conversation.id}`),
      await asB.get('/sync?since=0&limit=500'),
      await asB.get(`/search?q=${marker}`),
      await asB.get(`/users/${a}`),
      await asService(server).get(`/users/${b}/export`),
      await asUser(server, blocker).get('/blocks'),
      await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=after%20erasure`),
      await asUser(server, ADMIN_ID).get('/admin/audit-log?limit=100'),
    ];
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain(marker);
    expect((await asB.get(`/search?q=${marker}sent`)).body.data).toEqual([]);

    expect(await storedTextOnceGone(server, marker)).not.toContain(marker);
    const uploads = filesUnder(path.join(server.env.DATA_DIR as string, 'uploads'));
    for (const stored of uploads) expect(readFileSync(stored).toString('latin1')).not.toContain(marker);

    // The audit log keeps the erasure, with the user's id only as a pseudonym.
    const audit = await asUser(server, ADMIN_ID).get('/admin/audit-log?action=user.erased');
    expect(audit.body.data.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.body)).not.toContain(a);
    expect(audit.body.data[0].target.id).toMatch(/^hmac:[0-9a-f]{32}$/);
  });

  it('an edit leaves no replaced text in the log: earlier events and quotes show the new one, as the export does', async () => {
    const marker = uniqueMarker('ze');
    const [a, b] = [uniqueId('editor'), uniqueId('reader')];
    const conversation = await buildConversation(server, a, [b]);
    const draft = await sendMessage(server, a, conversation.id, `draft ${marker} with my old number`);
    const reply = await sendMessage(server, b, conversation.id, 'what number?', { replyToId: draft.id });
    expect(reply.replyTo.preview).toContain(marker);
    const edited = await asUser(server, a).patch(`/messages/${draft.id}`, { content: 'never mind, see you there' });
    expect(edited.status).toBe(200);

    const sync = await asUser(server, b).get('/sync?since=0&limit=500');
    expect(JSON.stringify(sync.body)).not.toContain(marker);
    const events = sync.body.events.filter((e: { conversationId: string }) => e.conversationId === conversation.id);
    const sent = events.find((e: { type: string; data: { id: string } }) => e.type === 'message.sent' && e.data.id === draft.id);
    expect(sent.data).toMatchObject({ content: 'never mind, see you there', isEdited: true, editedAt: edited.body.editedAt });
    const replied = events.find((e: { type: string; data: { id: string } }) => e.type === 'message.sent' && e.data.id === reply.id);
    expect(replied.data.replyTo).toMatchObject({ id: draft.id, preview: 'never mind, see you there' });
    const exported = await asService(server).get(`/users/${a}/export`);
    expect(JSON.stringify(exported.body)).not.toContain(marker);
  });

  it('tells the others: each tombstone as message.deleted and each conversation left, live and in /sync; a group keeps an OWNER', async () => {
    const [a, b, c] = [uniqueId('gone'), uniqueId('stays'), uniqueId('member')];
    const direct = await buildConversation(server, a, [b]);
    const group = await asUser(server, a).post('/conversations', { type: 'GROUP', participantIds: [b, c], title: 'crew' });
    expect(group.status).toBe(201);
    const sent = [await sendMessage(server, a, direct.id, 'one'), await sendMessage(server, a, group.body.id, 'two')];
    const asB = asUser(server, b);
    const since = (await asB.get('/sync')).body.cursor as string;
    const socket = connectWebSocket(server, { userId: b });
    await socket.opened;
    await socket.inbox.next('authenticated');

    expect((await asService(server).delete(`/users/${a}`)).status).toBe(200);
    // Live: a message_deleted per tombstone and a user_left_conversation per conversation.
    for (const message of sent) {
      expect((await socket.inbox.next('message_deleted', (p) => p.id === message.id)).payload).toMatchObject({ conversationId: message.conversationId });
    }
    for (const conversationId of [direct.id, group.body.id]) {
      expect((await socket.inbox.next('user_left_conversation', (p) => p.conversationId === conversationId)).payload).toMatchObject({ userId: a });
    }
    socket.close();
    // And in /sync, in the same order.
    let events: { type: string; conversationId: string; data: Record<string, unknown> }[] = [];
    await waitUntil(async () => {
      events = (await asB.get(`/sync?since=${since}`)).body.events;
      return events.filter((e) => e.type === 'participant.removed').length === 2;
    }, 'the erasure in /sync');
    expect(events.filter((e) => e.type === 'message.deleted').map((e) => e.data.id).sort()).toEqual(sent.map((m) => m.id).sort());
    expect(events.filter((e) => e.type === 'participant.removed').map((e) => e.data)).toEqual(
      expect.arrayContaining([
        { conversationId: direct.id, userId: a, removedBy: a, reason: 'erased' },
        { conversationId: group.body.id, userId: a, removedBy: a, reason: 'erased' },
      ]),
    );
    // The group had one OWNER, the erased user: the longest-standing member is OWNER now, and can manage it.
    const roles = (await asB.get(`/conversations/${group.body.id}`)).body.participants.map((p: { userId: string; role: string }) => [p.userId, p.role]);
    expect(roles.filter(([, role]: [string, string]) => role === 'OWNER')).toHaveLength(1);
    const owner = roles.find(([, role]: [string, string]) => role === 'OWNER')[0] as string;
    expect([b, c]).toContain(owner);
    expect((await asUser(server, owner).patch(`/conversations/${group.body.id}`, { title: 'crew, renamed' })).status).toBe(200);
  });

  it('takes the erased user’s name out of Parley’s notes that others wrote, disputed conversations too', async () => {
    const marker = uniqueMarker('zn');
    const [owner, member, gone] = [uniqueId('owner'), uniqueId('member'), uniqueId('named')];
    const name = `Jane ${marker}`;
    expect((await asService(server).put(`/users/${gone}`, { username: `jane_${marker}`, displayName: name })).status).toBe(200);
    const group = await buildConversation(server, owner, [member], { type: 'GROUP', title: 'crew' });
    expect((await asUser(server, owner).post(`/conversations/${group.id}/participants`, { userIds: [gone] })).status).toBe(200);
    // Held by a dispute: the note there is Parley's record, rewritten as well.
    const job = uniqueId('job');
    const held = await buildConversation(server, owner, [member], { type: 'GROUP', title: 'job crew', context: { type: 'job', id: job } });
    expect((await asUser(server, owner).post(`/conversations/${held.id}/participants`, { userIds: [gone] })).status).toBe(200);
    expect((await asService(server).put(`/contexts/job/${job}`, { state: 'disputed' })).status).toBe(201);
    const notes = async (conversationId: string) =>
      (await asUser(server, member).get(`/conversations/${conversationId}/messages`)).body.data.filter((m: { messageType: string }) => m.messageType === 'SYSTEM');
    expect((await notes(group.id)).map((m: { content: string }) => m.content)).toContain(`${owner} added ${name}`);

    const erased = await asService(server).delete(`/users/${gone}`);
    expect(erased.body.deferred).toEqual([held.id]);
    for (const conversationId of [group.id, held.id]) {
      const contents = (await notes(conversationId)).map((m: { content: string }) => m.content);
      expect(contents).toContain(`${owner} added ${gone}`);
      expect(JSON.stringify(contents)).not.toContain(marker);
    }
    expect(JSON.stringify((await asUser(server, member).get('/conversations')).body)).not.toContain(marker);
    const eventsOf = async (conversationId: string) =>
      JSON.stringify((await asUser(server, member).get('/sync?since=0&limit=1000')).body.events.filter((e: { conversationId: string }) => e.conversationId === conversationId));
    expect(await eventsOf(group.id)).not.toContain(marker);
    // The disputed conversation's log keeps the profile until the dispute ends; once the PUT that
    // ends it has answered, nothing is left anywhere.
    expect((await asService(server).put(`/contexts/job/${job}`, { state: 'open' })).status).toBe(200);
    expect(await eventsOf(held.id)).not.toContain(marker);
    expect(JSON.stringify(await notes(held.id))).not.toContain(marker);
    expect(await storedTextOnceGone(server, marker)).not.toContain(marker);
  });

  it('keeps Parley’s notes of what the erased user did, with their id for their name, and does not count them as theirs', async () => {
    const marker = uniqueMarker('zo');
    const [gone, member, added] = [uniqueId('adder'), uniqueId('member'), uniqueId('added')];
    expect((await asService(server).put(`/users/${gone}`, { displayName: `Ivy ${marker}` })).status).toBe(200);
    const group = await buildConversation(server, gone, [member], { type: 'GROUP', title: 'crew' });
    expect((await asUser(server, gone).post(`/conversations/${group.id}/participants`, { userIds: [added] })).status).toBe(200);
    const notes = async () =>
      (await asUser(server, member).get(`/conversations/${group.id}/messages`)).body.data.filter((m: { messageType: string }) => m.messageType === 'SYSTEM');
    const [note] = await notes();
    expect(note).toMatchObject({ senderId: gone, content: `Ivy ${marker} added ${added}` });
    // Parley's record, not the adder's words: they cannot edit it either.
    const edit = await asUser(server, gone).patch(`/messages/${note.id}`, { content: 'rewritten' });
    expect([edit.status, edit.body.error.message]).toEqual([403, 'SYSTEM notes are Parley’s record and cannot be edited']);

    const erased = await asService(server).delete(`/users/${gone}`);
    expect(erased.body).toEqual({ erased: true, deferred: [], messages: 0 });
    const after = (await notes()).find((m: { id: string }) => m.id === note.id);
    expect(after).toMatchObject({ isDeleted: false, content: `${gone} added ${added}` });
    expect(await storedTextOnceGone(server, marker)).not.toContain(marker);
  });

  it('erases a long history in one transaction, its announcements in statements of a bounded size', async () => {
    const [a, b] = [uniqueId('prolific'), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const MESSAGES = 8_000; // one INSERT of this many events would pass PostgreSQL's 65,535 parameters
    const { db } = server.parley.ctx.database;
    for (let from = 1; from <= MESSAGES; from += 500) {
      const rows = Array.from({ length: Math.min(500, MESSAGES - from + 1) }, (_, i) =>
        messageRow({ id: newId(), conversation_id: conversation.id, seq: from + i, sender_id: a, content: `history ${from + i}` }),
      );
      await db.insertInto('messages').values(rows).execute();
    }
    await db.updateTable('conversations').set({ last_seq: MESSAGES }).where('id', '=', conversation.id).execute();

    const erased = await asService(server).delete(`/users/${a}`);
    expect(erased.body).toEqual({ erased: true, deferred: [], messages: MESSAGES });
    const announced = await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('conversation_id', '=', conversation.id)
      .where('type', '=', 'message.deleted')
      .executeTakeFirstOrThrow();
    expect(Number(announced.n)).toBe(MESSAGES);
  }, 120_000);

  it('exports and erases a user in more conversations than one statement may name', async () => {
    const [seller, buyer] = [uniqueId('busy'), uniqueId()];
    const conversation = await buildConversation(server, seller, [buyer]);
    await sendMessage(server, seller, conversation.id, 'the one message of a busy seller');
    const read = await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=busy%20seller%20check`);
    expect(read.status).toBe(200);
    // Past SQLite's 32,766 bound parameters and PostgreSQL's 65,535: lists of them in one statement fail.
    const MORE = 66_000;
    const { db } = server.parley.ctx.database;
    const at = new Date().toISOString();
    for (let from = 0; from < MORE; from += 2_000) {
      const ids = Array.from({ length: Math.min(2_000, MORE - from) }, () => newId());
      await db
        .insertInto('conversations')
        .values(ids.map((id) => ({ id, type: 'GROUP', status: 'active', metadata: '{}', created_by: seller, last_seq: 0, activity_at: at, created_at: at, updated_at: at })))
        .execute();
      await db
        .insertInto('participants')
        .values(ids.map((id) => ({ conversation_id: id, user_id: seller, role: 'OWNER', joined_at: at, last_read_seq: 0, archived: 0, hidden: 0 })))
        .execute();
    }

    const exported = await asUser(server, seller).get(`/users/${seller}/export`);
    expect(exported.status).toBe(200);
    const document = exported.body as { conversations: unknown[]; messages: { content: string }[]; accessLog: { reason: string }[] };
    expect(document.conversations).toHaveLength(MORE + 1);
    expect(document.messages.map((m) => m.content)).toEqual(['the one message of a busy seller']);
    expect(document.accessLog.map((entry) => entry.reason)).toEqual(['busy seller check']);

    const erased = await asService(server).delete(`/users/${seller}`);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ erased: true, messages: 1 });
    const messages = await asUser(server, buyer).get(`/conversations/${conversation.id}/messages`);
    expect(JSON.stringify(messages.body)).not.toContain('busy seller');
  }, 180_000);

  it('leaves conversations in a disputed context for later and says so', async () => {
    const a = uniqueId('disp');
    const b = uniqueId();
    const contextId = uniqueId('booking');
    const conversation = await buildConversation(server, a, [b], { context: { type: 'booking', id: contextId } });
    await sendMessage(server, a, conversation.id, 'kept while disputed');
    const context = await asService(server).put(`/contexts/booking/${contextId}`, { state: 'disputed' });
    expect(context.status).toBeLessThan(300);

    const erased = await asService(server).delete(`/users/${a}`);
    expect(erased.body).toEqual({ erased: true, deferred: [conversation.id], messages: 0 });
    const messages = await asUser(server, b).get(`/conversations/${conversation.id}/messages`);
    expect(JSON.stringify(messages.body)).toContain('kept while disputed');
    // Its members are kept too: who took part is part of the record the dispute holds.
    const members = (await asUser(server, b).get(`/conversations/${conversation.id}`)).body.participants.map((p: { userId: string }) => p.userId);
    expect(members).toContain(a);
  });

  it('erases the files the user never sent at once, those meant for a disputed conversation too; the files sent there wait', async () => {
    const a = uniqueId('disp');
    const b = uniqueId();
    const contextId = uniqueId('listing');
    const conversation = await buildConversation(server, a, [b], { context: { type: 'listing', id: contextId } });
    const forConversation = { conversationId: conversation.id };
    const sentFile = await upload(server, a, { name: 'receipt.pdf', bytes: pdf(2048), type: 'application/pdf' }, forConversation);
    const draft = await upload(server, a, { name: 'draft.pdf', bytes: pdf(2048), type: 'application/pdf' }, forConversation);
    const photo = await upload(server, a, { name: 'photo.png', bytes: await png(), type: 'image/png' }, forConversation);
    const loose = await upload(server, a, { name: 'loose.pdf', bytes: pdf(1024), type: 'application/pdf' });
    expect([sentFile.status, draft.status, photo.status, loose.status]).toEqual([201, 201, 201, 201]);
    await server.parley.ctx.attachments.thumbnails.ensure(photo.body.id);
    const sent = await sendMessage(server, a, conversation.id, 'the receipt', { attachmentIds: [sentFile.body.id] });
    expect((await asService(server).put(`/contexts/listing/${contextId}`, { state: 'disputed' })).status).toBeLessThan(300);
    const storedOf = async (id: string) => (await storedObjects(server)).filter((key) => key.includes(id));
    expect(await storedOf(photo.body.id)).toHaveLength(2);

    const erased = await asService(server).delete(`/users/${a}`);
    expect(erased.body).toEqual({ erased: true, deferred: [conversation.id], messages: 0 });
    for (const unsent of [draft, photo, loose]) {
      expect((await asService(server).get(`/attachments/${unsent.body.id}`)).status).toBe(404);
      expect((await fetchLink(server, unsent.body.url)).status).toBe(404);
      expect(await storedOf(unsent.body.id)).toEqual([]);
    }
    // The message the dispute holds keeps its file, for the other participant too.
    const held = await asUser(server, b).get(`/messages/${sent.id}`);
    expect(held.body.attachments).toEqual([expect.objectContaining({ id: sentFile.body.id })]);
    expect((await fetchLink(server, held.body.attachments[0].url)).status).toBe(200);
    expect(await storedOf(sentFile.body.id)).toHaveLength(1);
  });

  it('finishes an erasure held back by a dispute once the dispute ends, there and nowhere still disputed', async () => {
    const marker = uniqueMarker('zd');
    const a = uniqueId('disp');
    const b = uniqueId();
    const [settled, stillDisputed] = [uniqueId('booking'), uniqueId('booking')];
    const settledConversation = await buildConversation(server, a, [b], { context: { type: 'booking', id: settled } });
    const disputedConversation = await buildConversation(server, a, [b], { context: { type: 'booking', id: stillDisputed } });
    const held = await sendMessage(server, a, settledConversation.id, `${marker} about the settled booking`);
    const stillHeld = await sendMessage(server, a, disputedConversation.id, `${marker} about the open dispute`);
    for (const id of [settled, stillDisputed]) expect((await asService(server).put(`/contexts/booking/${id}`, { state: 'disputed' })).status).toBe(201);
    const erased = await asService(server).delete(`/users/${a}`);
    expect([...erased.body.deferred].sort()).toEqual([settledConversation.id, disputedConversation.id].sort());

    expect((await asService(server).put(`/contexts/booking/${settled}`, { state: 'completed' })).status).toBe(200);
    const asB = asUser(server, b);
    await waitUntil(async () => (await asB.get(`/messages/${held.id}`)).body.isDeleted === true, 'the held-back message erased');
    expect((await asB.get(`/messages/${held.id}`)).body).toMatchObject({ content: '', isDeleted: true });
    const settledPage = await asB.get(`/conversations/${settledConversation.id}/messages`);
    expect(JSON.stringify(settledPage.body)).not.toContain(marker);
    expect(JSON.stringify((await asB.get(`/search?q=${marker}&conversationId=${settledConversation.id}`)).body.data)).toBe('[]');
    // The conversation still disputed keeps its text until its own dispute ends.
    expect((await asB.get(`/messages/${stillHeld.id}`)).body).toMatchObject({ content: `${marker} about the open dispute`, isDeleted: false });
    // There the erased user is still a member; where the dispute ended they have left.
    const membersOf = async (id: string) => (await asB.get(`/conversations/${id}`)).body.participants.map((p: { userId: string }) => p.userId);
    expect(await membersOf(disputedConversation.id)).toContain(a);
    expect(await membersOf(settledConversation.id)).not.toContain(a);

    // Parley finished it, and says so in the audit log, with the user still only a pseudonym.
    const audit = await asUser(server, ADMIN_ID).get('/admin/audit-log?action=user.erased&limit=100');
    const finished = audit.body.data.filter((entry: { note: string | null }) => entry.note?.startsWith('finished'));
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(finished[0]).toMatchObject({ actor: { type: 'service', id: null }, note: expect.stringContaining('1 disputed conversation(s) deferred') });
    expect(JSON.stringify(audit.body)).not.toContain(a);

    expect((await asService(server).put(`/contexts/booking/${stillDisputed}`, { state: 'cancelled' })).status).toBe(200);
    await waitUntil(async () => (await asB.get(`/messages/${stillHeld.id}`)).body.isDeleted === true, 'the second held-back message erased');
    expect(JSON.stringify((await asB.get(`/conversations/${disputedConversation.id}/messages`)).body)).not.toContain(marker);
    expect(await membersOf(disputedConversation.id)).not.toContain(a);
    // Nothing is left to finish: erasing again changes nothing.
    expect((await asService(server).delete(`/users/${a}`)).body).toEqual({ erased: true, deferred: [], messages: 0 });
  });

  it('finishes after a restart an erasure whose dispute ended while Parley was stopping', async () => {
    const marker = uniqueMarker('zs');
    const a = uniqueId('disp');
    const b = uniqueId();
    const contextId = uniqueId('booking');
    const conversation = await buildConversation(server, a, [b], { context: { type: 'booking', id: contextId } });
    const held = await sendMessage(server, a, conversation.id, `${marker} held`);
    expect((await asService(server).put(`/contexts/booking/${contextId}`, { state: 'disputed' })).status).toBe(201);
    expect((await asService(server).delete(`/users/${a}`)).body.deferred).toEqual([conversation.id]);
    // Staged: the dispute's end reached the conversation, and the process stopped before finishing the erasure.
    const db = server.parley.ctx.database.db;
    await db.updateTable('contexts').set({ state: 'open' }).where('type', '=', 'booking').where('id', '=', contextId).execute();
    await db.updateTable('conversations').set({ context_state: 'open' }).where('id', '=', conversation.id).execute();
    expect((await asUser(server, b).get(`/messages/${held.id}`)).body.content).toBe(`${marker} held`);

    await server.restart();
    const asB = asUser(server, b);
    await waitUntil(async () => (await asB.get(`/messages/${held.id}`)).body.isDeleted === true, 'the held-back message erased after the restart');
    expect(JSON.stringify((await asB.get(`/conversations/${conversation.id}/messages`)).body)).not.toContain(marker);
  });

  it('erasing a user while they send: no 5xx, every acknowledged send a tombstone, nothing of theirs left, later sends refused', async () => {
    const marker = uniqueMarker('zr');
    const a = uniqueId('racer');
    const b = uniqueId('peer');
    const conversation = await buildConversation(server, a, [b]);
    await sendMessage(server, a, conversation.id, `${marker} before`);
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let erasedAt: number | undefined = undefined;
    const sender = async (lane: number) => {
      // Each lane keeps sending until it has itself been refused after the erasure.
      for (let i = 0; ; i++) {
        const response = await asUser(server, a).post(`/conversations/${conversation.id}/messages`, { content: `${marker} ${lane}-${i}` });
        statuses.push(response.status);
        if (response.status === 201) acknowledged.push(response.body.id);
        else if (erasedAt !== undefined || response.status >= 500) return;
        if (erasedAt !== undefined && Date.now() - erasedAt > 5_000) return;
      }
    };
    const lanes = [sender(1), sender(2), sender(3)];
    await waitUntil(() => acknowledged.length >= 10, 'sends acknowledged before the erasure');
    const erased = await asService(server).delete(`/users/${a}`);
    erasedAt = Date.now();
    await Promise.all(lanes);
    expect(erased.status).toBe(200);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => ![201, 401, 404].includes(status))).toEqual([]);
    expect(statuses.filter((status) => status !== 201).length).toBeGreaterThanOrEqual(3);

    const asB = asUser(server, b);
    for (const id of acknowledged) {
      const message = await asB.get(`/messages/${id}`);
      expect(message.status).toBe(200);
      expect(message.body).toMatchObject({ isDeleted: true, content: '' });
    }
    const answers = [
      await asB.get(`/conversations/${conversation.id}/messages?limit=100`),
      await asB.get('/conversations'),
      await asB.get('/sync?since=0&limit=1000'),
      await asB.get(`/search?q=${marker}`),
    ];
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain(marker);
    expect(await storedTextOnceGone(server, marker)).not.toContain(marker);
    // The erased user is nobody now: a send, a read, their own export.
    expect((await asUser(server, a).post(`/conversations/${conversation.id}/messages`, { content: 'ghost' })).status).toBe(401);
    expect((await asUser(server, a).get('/conversations')).status).toBe(401);
    expect((await asService(server).get(`/users/${a}/export`)).status).toBe(404);
  });

  it('erasing a user while they start conversations, block and report: whatever was acknowledged is erased, nothing made after', async () => {
    const marker = uniqueMarker('zs');
    const a = uniqueId('starter');
    const peer = uniqueId('peer');
    const conversation = await buildConversation(server, a, [peer]);
    const reported = await sendMessage(server, peer, conversation.id, 'a message to report');
    const statuses: number[] = [];
    let created = 0;
    let erasedAt: number | undefined = undefined;
    // Each lane makes something new of theirs until it has itself been refused after the erasure.
    const lane = async (make: (i: number) => Promise<{ status: number }>) => {
      for (let i = 0; ; i++) {
        const { status } = await make(i);
        statuses.push(status);
        if (status === 201) created++;
        else if (erasedAt !== undefined || status >= 500) return;
        if (erasedAt !== undefined && Date.now() - erasedAt > 5_000) return;
      }
    };
    const asA = asUser(server, a);
    const lanes = [
      lane((i) => asA.post('/conversations', { participantIds: [uniqueId('new')], message: `${marker} start ${i}` })),
      lane((i) => asA.post('/conversations', { participantIds: [uniqueId('new')], message: `${marker} other ${i}` })),
      lane((i) => asA.post('/blocks', { userId: uniqueId('pest'), reason: `${marker} block ${i}` })),
      lane((i) => asA.post(`/messages/${reported.id}/report`, { reason: 'spam', details: `${marker} report ${i}` })),
    ];
    await waitUntil(() => created >= 8, 'creations acknowledged before the erasure');
    const erased = await asService(server).delete(`/users/${a}`);
    erasedAt = Date.now();
    await Promise.all(lanes);
    expect(erased.status).toBe(200);
    expect(statuses.filter((status) => ![200, 201, 401, 404].includes(status))).toEqual([]);

    const asPeer = asUser(server, peer);
    for (const answer of [await asPeer.get('/conversations'), await asPeer.get('/sync?since=0&limit=1000'), await asPeer.get(`/search?q=${marker}`)]) {
      expect(JSON.stringify(answer.body)).not.toContain(marker);
    }
    expect(await storedTextOnceGone(server, marker)).not.toContain(marker);
    // Nothing they made is theirs any more: no conversation has them as a participant.
    expect((await asService(server).get(`/users/${a}/export`)).status).toBe(404);
  });

  it('an export during an erasure answers a whole document or 404, never 5xx', async () => {
    const a = uniqueId('expgone');
    // Several conversations, so the sends do not all queue for one conversation's lock.
    const conversations = await Promise.all(Array.from({ length: 5 }, () => buildConversation(server, a, [uniqueId()])));
    for (let i = 0; i < 600; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => sendMessage(server, a, conversations[j % 5].id, `page text ${i + j}`)));
    }
    const [exported, erased] = await Promise.all([asUser(server, a).get(`/users/${a}/export`), asService(server).delete(`/users/${a}`)]);
    expect(erased.status).toBe(200);
    expect([200, 404]).toContain(exported.status);
    if (exported.status === 200) {
      // Each message as it stood when its page was read: as sent, or already a tombstone.
      expect(typeof exported.body).toBe('object');
      expect(exported.body.messages).toHaveLength(600);
      for (const message of exported.body.messages) expect(message.content).toMatch(/^(page text .+)?$/);
    }
    expect((await asService(server).get(`/users/${a}/export`)).status).toBe(404);
  }, 90_000);

  it('an erased user\'s token is refused and their open socket is told and closed', async () => {
    const a = uniqueId('tok');
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const token = await signToken({ sub: a, name: 'Real Name' });
    expect((await withToken(server, token).get('/conversations')).status).toBe(200);
    const socket = connectWebSocket(server, { token });
    await socket.inbox.next('authenticated');

    expect((await asService(server).delete(`/users/${a}`)).status).toBe(200);
    expect((await socket.inbox.next('auth_error')).payload).toMatchObject({ code: 'AUTH_FAILED' });
    await socket.closed;
    const refused = await withToken(server, token).get('/conversations');
    expect(refused.status).toBe(401);
    expect((await withToken(server, token).post(`/conversations/${conversation.id}/messages`, { content: 'ghost' })).status).toBe(401);
    // The token's claims do not bring the profile back.
    expect((await asService(server).get(`/users/${a}`)).status).toBe(404);
    expect(JSON.stringify(await databaseText())).not.toContain('Real Name');
  });
});

describe('erasure on two instances of one SQLite file, without Redis', () => {
  it('the other instance forgets the user as soon as it reads the erasure from the log', async () => {
    const first = await startServer('sqlite');
    const second = await startServer('sqlite', { DATABASE_URL: `sqlite:${path.join(first.env.DATA_DIR as string, 'parley.db')}` });
    try {
      const a = uniqueId('gone');
      await buildConversation(first, a, [uniqueId()]);
      // The second instance knows them (and remembers their profile).
      expect((await asUser(second, a).get('/conversations')).status).toBe(200);
      expect((await asService(first).delete(`/users/${a}`)).status).toBe(200);
      await waitUntil(async () => (await asUser(second, a).get('/conversations')).status === 401, 'the second instance refusing the erased user');
      expect((await asUser(second, a).get('/me/unread')).status).toBe(401);
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
