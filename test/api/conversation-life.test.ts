import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, asService, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('the life of a conversation on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('roles: an ADMIN cannot demote or remove the OWNER, naming a present participant without a role keeps theirs, one OWNER stays', async () => {
    const owner = uniqueId();
    const admin = uniqueId();
    const member = uniqueId();
    const conversation = await buildConversation(server, owner, [member], { type: 'GROUP', title: 'Roles' });
    const participants = `/conversations/${conversation.id}/participants`;
    const roles = async () =>
      Object.fromEntries(
        ((await asUser(server, owner).get(`/conversations/${conversation.id}`)).body.participants as { userId: string; role: string }[]).map((p) => [p.userId, p.role]),
      );
    expect((await asUser(server, owner).post(participants, { userIds: [admin], role: 'ADMIN' })).status).toBe(200);
    // The ADMIN may neither demote the OWNER nor another ADMIN, nor then remove the OWNER.
    const demoteOwner = await asUser(server, admin).post(participants, { userIds: [owner], role: 'MEMBER' });
    expect(demoteOwner.status).toBe(403);
    expect(demoteOwner.body.error.code).toBe('FORBIDDEN');
    expect((await asUser(server, admin).delete(`${participants}/${owner}`)).status).toBe(403);
    expect(await roles()).toEqual({ [owner]: 'OWNER', [admin]: 'ADMIN', [member]: 'MEMBER' });
    // Named again without a role, a present participant keeps theirs.
    expect((await asUser(server, owner).post(participants, { userIds: [admin] })).status).toBe(200);
    expect((await asUser(server, admin).post(participants, { userIds: [member, uniqueId()] })).status).toBe(200);
    expect((await roles())[admin]).toBe('ADMIN');
    // The only OWNER cannot step down before making someone else OWNER; then they can.
    const stepDown = await asUser(server, owner).post(participants, { userIds: [owner], role: 'MEMBER' });
    expect(stepDown.status).toBe(409);
    expect(stepDown.body.error.code).toBe('CONFLICT');
    expect((await roles())[owner]).toBe('OWNER');
    expect((await asUser(server, owner).post(participants, { userIds: [admin], role: 'OWNER' })).status).toBe(200);
    expect((await asUser(server, owner).post(participants, { userIds: [owner], role: 'MEMBER' })).status).toBe(200);
    expect(await roles()).toMatchObject({ [owner]: 'MEMBER', [admin]: 'OWNER', [member]: 'MEMBER' });
  });

  const eventsOf = async (user: string, since: string) =>
    (await asUser(server, user).get(`/sync?since=${since}&limit=1000`)).body.events as { type: string; data: Record<string, unknown> }[];
  const head = async (user: string) => (await asUser(server, user).get('/sync')).body.cursor as string;

  it('edits: only the sender, marked edited, event written; deleted messages cannot be edited', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'Is it still available?');
    const start = await head(b);
    const edited = await asUser(server, a).patch(`/messages/${message.id}`, { content: 'Is the camera still available?' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: message.id, seq: message.seq, content: 'Is the camera still available?', isEdited: true });
    expect(edited.body.editedAt).toEqual(expect.any(String));
    expect((await asUser(server, b).patch(`/messages/${message.id}`, { content: 'hijack' })).status).toBe(403);
    expect((await asUser(server, uniqueId()).patch(`/messages/${message.id}`, { content: 'x' })).status).toBe(404);
    expect((await asUser(server, a).patch(`/messages/${message.id}`, { content: '  ' })).status).toBe(400);
    // The latest message was edited: every list and the conversation's event show the new preview.
    const events = await eventsOf(b, start);
    expect(events.map((e) => e.type)).toEqual(['message.updated', 'conversation.updated']);
    expect(events[1]?.data.lastMessage).toMatchObject({ id: message.id, preview: 'Is the camera still available?' });
    for (const user of [a, b]) {
      const listed = (await asUser(server, user).get('/conversations')).body.data.find((c: { id: string }) => c.id === conversation.id);
      expect(listed.lastMessage).toMatchObject({ id: message.id, preview: 'Is the camera still available?' });
    }
    // An edit of an older message leaves the latest preview alone and writes no conversation.updated.
    await sendMessage(server, b, conversation.id, 'Yes it is');
    const later = await head(b);
    expect((await asUser(server, a).patch(`/messages/${message.id}`, { content: 'Still there?' })).status).toBe(200);
    expect((await eventsOf(b, later)).map((e) => e.type)).toEqual(['message.updated']);
    expect((await asUser(server, b).get(`/conversations/${conversation.id}`)).body.lastMessage.preview).toBe('Yes it is');

    expect((await asUser(server, a).delete(`/messages/${message.id}`)).status).toBe(204);
    const again = await asUser(server, a).patch(`/messages/${message.id}`, { content: 'back from the dead' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
  });

  it('deletes: sender or moderator; a tombstone keeps its seq; replies show the tombstone', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const first = await sendMessage(server, a, conversation.id, 'my phone is 555 1234');
    const second = await sendMessage(server, b, conversation.id, 'ok', { replyToId: first.id });
    expect((await asUser(server, b).delete(`/messages/${first.id}`)).status).toBe(403);
    expect((await asUser(server, uniqueId()).delete(`/messages/${first.id}`)).status).toBe(404);
    expect((await asUser(server, a).delete(`/messages/${first.id}`)).status).toBe(204);
    const tombstone = (await asUser(server, b).get(`/messages/${first.id}`)).body;
    expect(tombstone).toMatchObject({ seq: 1, isDeleted: true, content: '', attachments: [], reactions: [] });
    const reply = (await asUser(server, b).get(`/messages/${second.id}`)).body;
    expect(reply.replyTo).toMatchObject({ id: first.id, isDeleted: true, preview: '' });
    // A reply to a deleted message is allowed and shows the tombstone too.
    const late = await sendMessage(server, b, conversation.id, 'what was that?', { replyToId: first.id });
    expect(late.replyTo.isDeleted).toBe(true);

    const moderator = uniqueId('mod');
    const byModerator = await sendMessage(server, b, conversation.id, 'rude words');
    await asService(server).put(`/users/${moderator}`, { role: 'moderator' });
    // A moderator from outside the conversation deletes; an ordinary outsider may not even see it.
    expect((await asUser(server, moderator).get('/me')).body.role).toBe('moderator');
    expect((await asUser(server, uniqueId()).delete(`/messages/${byModerator.id}`)).status).toBe(404);
    expect((await asUser(server, moderator).delete(`/messages/${byModerator.id}`)).status).toBe(204);
    expect((await asUser(server, b).get(`/messages/${byModerator.id}`)).body.isDeleted).toBe(true);
  });

  it('reacts: one per user per emoji, aggregated, one real emoji or the :code: of one only', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'Deal!');
    const first = await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: '👍' });
    expect(first.status).toBe(201);
    expect((await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: '👍' })).status).toBe(200);
    // A short code is the emoji it names: the same reaction, shown as the emoji.
    expect((await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: ':+1:' })).status).toBe(200);
    await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: ':thumbsup:' });
    expect((await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: ':tada:' })).status).toBe(201);
    const seenByB = (await asUser(server, b).get(`/messages/${message.id}`)).body;
    expect(seenByB.reactions).toEqual([
      { emoji: '👍', count: 2, userIds: [a, b], me: true },
      { emoji: '🎉', count: 1, userIds: [b], me: true },
    ]);
    const seenByA = (await asUser(server, a).get(`/messages/${message.id}`)).body;
    expect(seenByA.reactions[1]).toMatchObject({ emoji: '🎉', me: false });

    expect((await asUser(server, b).delete(`/messages/${message.id}/reactions/${encodeURIComponent(':tada:')}`)).status).toBe(204);
    expect((await asUser(server, b).delete(`/messages/${message.id}/reactions/${encodeURIComponent('🎉')}`)).status).toBe(404);
    // Made-up codes would carry words past the content policy ("call me on …"); so would several emoji.
    for (const emoji of ['like', 'x'.repeat(10_000), '', '👍👍', '👍👍👍👍', '<script>', ':no spaces:', ':call_4155550132:', ':not_an_emoji:']) {
      const response = await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji });
      expect(response.status, emoji.slice(0, 20)).toBe(400);
    }
    expect((await asUser(server, a).get(`/messages/${message.id}`)).body.reactions).toEqual([{ emoji: '👍', count: 2, userIds: [a, b], me: true }]);
    expect((await asUser(server, uniqueId()).post(`/messages/${message.id}/reactions`, { emoji: '👍' })).status).toBe(404);
    // A heart in its text form, as many keyboards send it, is the same reaction as the emoji form.
    expect((await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: '\u2764' })).status).toBe(201);
    const hearts = await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: '\u2764\ufe0f' });
    expect(hearts.status).toBe(201);
    expect(hearts.body.reactions.find((r: { emoji: string }) => r.emoji.startsWith('\u2764'))).toMatchObject({ emoji: '\u2764\ufe0f', count: 2 });
    expect((await asUser(server, a).delete(`/messages/${message.id}/reactions/${encodeURIComponent('\u2764')}`)).status).toBe(204);
    await asUser(server, a).delete(`/messages/${message.id}`);
    expect((await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: '❤️' })).status).toBe(409);
  });

  it('bounds the different reactions one user holds on a message', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'Deal!');
    const emoji = ['😀', '😃', '😄', '😁', '😆', '😅', '😂', '🤣', '😊', '😇', '🙂', '🙃', '😉', '😌', '😍', '🥰', '😘', '😗', '😙', '😚', '😋'];
    for (const one of emoji.slice(0, 20)) expect((await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: one })).status).toBe(201);
    const refused = await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: emoji[20] });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'CONFLICT', details: { maxReactions: 20 } });
    // One already held is still answered 200; another user has their own twenty; one taken back makes room.
    expect((await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: emoji[0] })).status).toBe(200);
    expect((await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: emoji[20] })).status).toBe(201);
    expect((await asUser(server, b).delete(`/messages/${message.id}/reactions/${encodeURIComponent(emoji[0] as string)}`)).status).toBe(204);
    expect((await asUser(server, b).post(`/messages/${message.id}/reactions`, { emoji: emoji[20] })).status).toBe(201);
    const held = (await asUser(server, b).get(`/messages/${message.id}`)).body.reactions.filter((r: { me: boolean }) => r.me);
    expect(held).toHaveLength(20);
  });

  it('turns reactions stored as short codes by earlier versions into their emoji when it upgrades', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'Deal!');
    expect((await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: '🎉' })).status).toBe(201);
    // As an earlier version stored them: a's code beside a's own 🎉, b's code alone, and a code that names no emoji.
    const { db } = server.parley.ctx.database;
    const at = new Date().toISOString();
    await db
      .insertInto('reactions')
      .values([
        { message_id: message.id, user_id: a, emoji: ':tada:', created_at: at },
        { message_id: message.id, user_id: b, emoji: ':tada:', created_at: at },
        { message_id: message.id, user_id: b, emoji: ':made_up:', created_at: at },
      ])
      .execute();
    // The database as that version left it: without this migration and the ones after it.
    await sql`delete from kysely_migration where name >= '015_reactions_as_emoji'`.execute(db);
    await sql`drop table last_seen`.execute(db);
    await server.restart();

    const seen = (await asUser(server, a).get(`/messages/${message.id}`)).body;
    expect(seen.reactions).toEqual([
      { emoji: '🎉', count: 2, userIds: [a, b], me: true },
      { emoji: ':made_up:', count: 1, userIds: [b], me: false },
    ]);
    // The code that names no emoji can no longer be given, but it can be taken back.
    expect((await asUser(server, a).post(`/messages/${message.id}/reactions`, { emoji: ':made_up:' })).status).toBe(400);
    expect((await asUser(server, b).delete(`/messages/${message.id}/reactions/${encodeURIComponent(':made_up:')}`)).status).toBe(204);
    expect((await asUser(server, b).get(`/messages/${message.id}`)).body.reactions).toEqual([{ emoji: '🎉', count: 2, userIds: [a, b], me: true }]);
  });

  it('reports a message for moderation', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const message = await sendMessage(server, a, conversation.id, 'pay me outside the platform');
    const report = await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'off-platform payment', details: 'asked for a wire' });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ messageId: message.id, reason: 'off-platform payment', status: 'open' });
    expect((await asUser(server, b).post(`/messages/${message.id}/report`, { reason: '' })).status).toBe(400);
    expect((await asUser(server, b).post(`/messages/${message.id}/report`, { reason: 'x'.repeat(1001) })).status).toBe(400);
    expect((await asUser(server, uniqueId()).post(`/messages/${message.id}/report`, { reason: 'spam' })).status).toBe(404);
  });

  it('PATCH: OWNER and ADMIN change title, status and metadata; closed refuses messages', async () => {
    const owner = uniqueId();
    const admin = uniqueId();
    const member = uniqueId();
    const conversation = await buildConversation(server, owner, [admin, member], { type: 'GROUP', title: 'Booking #12' });
    expect((await asUser(server, owner).post(`/conversations/${conversation.id}/participants`, { userIds: [admin], role: 'ADMIN' })).status).toBe(200);

    const renamed = await asUser(server, admin).patch(`/conversations/${conversation.id}`, { title: 'Booking #12 (Sat)', metadata: { bookingId: 'b12' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Booking #12 (Sat)', metadata: { bookingId: 'b12' } });
    expect((await asUser(server, member).patch(`/conversations/${conversation.id}`, { title: 'mine' })).status).toBe(403);
    expect((await asUser(server, uniqueId()).patch(`/conversations/${conversation.id}`, { title: 'x' })).status).toBe(404);
    for (const body of [{}, { status: 'deleted' }, { title: 'x'.repeat(201) }, { metadata: { big: 'x'.repeat(5000) } }, { owner: 'me' }]) {
      expect((await asUser(server, owner).patch(`/conversations/${conversation.id}`, body)).status).toBe(400);
    }
    // Metadata nested 5,000 deep: 400 to the OWNER, and an outsider learns only that the conversation is not theirs.
    // Sent as text: a value this deep overflows JSON.stringify in the test itself.
    const nested = (depth: number) => `{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const deep = `{"metadata":${nested(5000)}}`;
    const tooDeep = await asUser(server, owner).patch(`/conversations/${conversation.id}`, deep);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'metadata' } });
    expect((await asUser(server, uniqueId()).patch(`/conversations/${conversation.id}`, deep)).status).toBe(404);
    const created = await asUser(server, owner).post('/conversations', `{"participantIds":["${member}"],"type":"GROUP","metadata":${nested(5000)}}`);
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe('VALIDATION_FAILED');
    expect((await asUser(server, owner).patch(`/conversations/${conversation.id}`, `{"metadata":${nested(30)}}`)).status).toBe(200);

    const before = await sendMessage(server, member, conversation.id, 'see you Saturday');
    expect((await asUser(server, owner).post(`/messages/${before.id}/reactions`, { emoji: '👍' })).status).toBe(201);
    const closed = await asUser(server, owner).patch(`/conversations/${conversation.id}`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    // Closed: no new messages, edits or reactions...
    const attempts = [
      asUser(server, member).post(`/conversations/${conversation.id}/messages`, { content: 'hello?' }),
      asUser(server, member).patch(`/messages/${before.id}`, { content: 'see you Sunday' }),
      asUser(server, member).post(`/messages/${before.id}/reactions`, { emoji: '🎉' }),
    ];
    for (const refused of await Promise.all(attempts)) {
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('CONVERSATION_CLOSED');
    }
    // ...and nothing changed; it can still be read and marked read.
    const kept = await asUser(server, member).get(`/messages/${before.id}`);
    expect(kept.body).toMatchObject({ content: 'see you Saturday', isEdited: false, reactions: [{ emoji: '👍', count: 1 }] });
    expect((await asUser(server, admin).get(`/conversations/${conversation.id}`)).body.unreadCount).toBeGreaterThan(0);
    const read = await asUser(server, admin).post(`/conversations/${conversation.id}/read`, {});
    expect(read.status).toBe(200);
    expect(read.body.unreadCount).toBe(0);
    expect((await asUser(server, admin).post(`/messages/${before.id}/read`)).status).toBe(200);
    expect((await asUser(server, admin).post(`/messages/${before.id}/report`, { reason: 'testing' })).status).toBe(201);
    // Taking one's own reaction back is allowed, as deleting one's own message is.
    expect((await asUser(server, owner).delete(`/messages/${before.id}/reactions/${encodeURIComponent('👍')}`)).status).toBe(204);
    const timeline = (await asUser(server, member).get(`/conversations/${conversation.id}/messages`)).body.data;
    expect(timeline[0]).toMatchObject({ messageType: 'SYSTEM', senderId: owner });
    expect(timeline[0].content).toContain('closed the conversation');

    await asUser(server, owner).patch(`/conversations/${conversation.id}`, { status: 'active' });
    expect((await asUser(server, member).post(`/conversations/${conversation.id}/messages`, { content: 'hello again' })).status).toBe(201);
    const filtered = await asUser(server, member).get('/conversations?status=active&type=GROUP');
    expect(filtered.body.data.map((c: { id: string }) => c.id)).toContain(conversation.id);
    expect((await asUser(server, member).get('/conversations?status=closed')).body.data).toHaveLength(0);
  });

  it('archives per user; a new message unarchives it for the recipients', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const archived = await asUser(server, b).post(`/conversations/${conversation.id}/archive`);
    expect(archived.body.archived).toBe(true);
    expect((await asUser(server, b).get('/conversations')).body.data).toHaveLength(0);
    expect((await asUser(server, b).get('/conversations?archived=true')).body.data.map((c: { id: string }) => c.id)).toEqual([conversation.id]);
    expect((await asUser(server, a).get('/conversations')).body.data).toHaveLength(1);
    await sendMessage(server, a, conversation.id, 'still interested?');
    expect((await asUser(server, b).get('/conversations')).body.data.map((c: { id: string }) => c.id)).toEqual([conversation.id]);
    await asUser(server, b).post(`/conversations/${conversation.id}/archive`);
    expect((await asUser(server, b).post(`/conversations/${conversation.id}/unarchive`)).body.archived).toBe(false);
  });

  it('DELETE hides a DIRECT conversation until a new message; leaves a group; admins delete for everyone', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const direct = await buildConversation(server, a, [b]);
    expect((await asUser(server, a).delete(`/conversations/${direct.id}`)).status).toBe(204);
    expect((await asUser(server, a).get('/conversations')).body.data).toHaveLength(0);
    await sendMessage(server, b, direct.id, 'hello?');
    expect((await asUser(server, a).get('/conversations')).body.data).toHaveLength(1);

    const group = await buildConversation(server, a, [b, uniqueId()], { type: 'GROUP' });
    expect((await asUser(server, b).delete(`/conversations/${group.id}`)).status).toBe(204);
    expect((await asUser(server, b).get(`/conversations/${group.id}`)).status).toBe(404);
    const members = (await asUser(server, a).get(`/conversations/${group.id}`)).body.participants.map((p: { userId: string }) => p.userId);
    expect(members).not.toContain(b);

    const start = await head(a);
    expect((await asUser(server, uniqueId()).delete(`/conversations/${group.id}`)).status).toBe(404);
    expect((await asUser(server, ADMIN_ID).delete(`/conversations/${group.id}`)).status).toBe(204);
    expect((await asUser(server, a).get(`/conversations/${group.id}`)).status).toBe(404);
    const deleted = (await eventsOf(a, start)).find((e) => e.type === 'conversation.deleted');
    // One per former participant, each naming its own: a sink that gets them all tells them apart.
    expect(deleted?.data).toEqual({ id: group.id, deletedAt: expect.any(String), recipientId: a });
    const other = await buildConversation(server, a, [uniqueId()]);
    await sendMessage(server, a, other.id, 'the gate code is quetzal-4471');
    expect((await asService(server).delete(`/conversations/${other.id}`)).status).toBe(204);
    expect((await asUser(server, a).get(`/conversations/${other.id}`)).status).toBe(404);
    // Its text goes with it from the event log too, where sinks' retries, exports and erasures read.
    const logged = await server.parley.ctx.database.db.selectFrom('events').select(['type', 'data']).where('conversation_id', '=', other.id).execute();
    expect(logged.map((e) => e.type)).toEqual(expect.arrayContaining(['message.sent', 'message.received', 'conversation.deleted']));
    expect(logged.filter((e) => e.data.includes('quetzal'))).toEqual([]);
  });

  it('manages participants with roles; the last OWNER hands over before leaving', async () => {
    const owner = uniqueId();
    const member = uniqueId();
    const newcomer = uniqueId();
    const group = await buildConversation(server, owner, [member], { type: 'GROUP' });
    await sendMessage(server, owner, group.id, 'before you joined');
    const start = await head(member);

    expect((await asUser(server, member).post(`/conversations/${group.id}/participants`, { userIds: [newcomer] })).status).toBe(403);
    const added = await asUser(server, owner).post(`/conversations/${group.id}/participants`, { userIds: [newcomer] });
    expect(added.status).toBe(200);
    expect(added.body.participants.map((p: { userId: string }) => p.userId)).toContain(newcomer);
    // The newcomer starts with nothing unread.
    expect((await asUser(server, newcomer).get(`/conversations/${group.id}`)).body.unreadCount).toBe(0);
    const types = (await eventsOf(member, start)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['message.sent', 'participant.added']));

    expect((await asUser(server, owner).delete(`/conversations/${group.id}/participants/${owner}`)).status).toBe(409);
    expect((await asUser(server, owner).post(`/conversations/${group.id}/participants`, { userIds: [member], role: 'OWNER' })).status).toBe(200);
    expect((await asUser(server, owner).delete(`/conversations/${group.id}/participants/${owner}`)).status).toBe(204);
    expect((await asUser(server, owner).get(`/conversations/${group.id}`)).status).toBe(404);
    expect((await asUser(server, member).delete(`/conversations/${group.id}/participants/${newcomer}`)).status).toBe(204);
    const system = (await asUser(server, member).get(`/conversations/${group.id}/messages`)).body.data.filter(
      (m: { messageType: string }) => m.messageType === 'SYSTEM',
    );
    expect(system.length).toBe(3);

    const direct = await buildConversation(server, owner, [uniqueId()]);
    expect((await asUser(server, owner).post(`/conversations/${direct.id}/participants`, { userIds: [uniqueId()] })).status).toBe(409);
    const tooMany = Array.from({ length: 257 }, () => uniqueId());
    expect((await asUser(server, member).post(`/conversations/${group.id}/participants`, { userIds: tooMany })).status).toBe(400);
    const tenThousand = Array.from({ length: 10_000 }, (_, i) => `u${i}`);
    expect((await asUser(server, member).post(`/conversations/${group.id}/participants`, { userIds: tenThousand })).status).toBe(400);
  });

  it('blocks stop DIRECT conversations both ways until unblocked', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const existing = await buildConversation(server, a, [b], { context: { type: 'listing', id: 'l1' } });
    const fromA = await sendMessage(server, a, existing.id, 'hello from a');
    const fromB = await sendMessage(server, b, existing.id, 'before the block');
    const blocked = await asUser(server, a).post('/blocks', { userId: b, reason: 'spam' });
    expect(blocked.status).toBe(201);
    // Again: the block as it stands, its first reason and time, not the new request's.
    const again = await asUser(server, a).post('/blocks', { userId: b });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(blocked.body);
    const create = await asUser(server, b).post('/conversations', { participantIds: [a], context: { type: 'listing', id: 'l2' } });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe('USER_BLOCKED');
    expect((await asUser(server, a).post('/conversations', { participantIds: [b] })).status).toBe(403);
    const send = await asUser(server, b).post(`/conversations/${existing.id}/messages`, { content: 'hello?' });
    expect(send.status).toBe(403);
    expect(send.body.error.code).toBe('USER_BLOCKED');
    // Edits and reactions stop too, for the blocked and the blocker alike.
    const attempts = [
      asUser(server, b).patch(`/messages/${fromB.id}`, { content: 'edited after the block' }),
      asUser(server, b).post(`/messages/${fromA.id}/reactions`, { emoji: '👍' }),
      asUser(server, a).patch(`/messages/${fromA.id}`, { content: 'edited by the blocker' }),
      asUser(server, a).post(`/messages/${fromB.id}/reactions`, { emoji: '👍' }),
    ];
    for (const refused of await Promise.all(attempts)) {
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('USER_BLOCKED');
    }
    expect((await asUser(server, a).get(`/messages/${fromB.id}`)).body).toMatchObject({ content: 'before the block', reactions: [] });
    expect((await asUser(server, a).get('/blocks')).body.data).toEqual([{ userId: b, reason: 'spam', createdAt: expect.any(String) }]);
    expect((await asUser(server, a).post('/blocks', { userId: a })).status).toBe(400);

    expect((await asUser(server, a).delete(`/blocks/${b}`)).status).toBe(204);
    expect((await asUser(server, a).delete(`/blocks/${b}`)).status).toBe(404);
    expect((await asUser(server, b).post(`/conversations/${existing.id}/messages`, { content: 'hello again' })).status).toBe(201);
    expect((await asUser(server, b).patch(`/messages/${fromB.id}`, { content: 'after the block' })).status).toBe(200);
    expect((await asUser(server, b).post(`/messages/${fromA.id}/reactions`, { emoji: '👍' })).status).toBe(201);
  });

  it('a block is not undone by a group: neither side starts one with the other or adds the other to one', async () => {
    const blocker = uniqueId('blocker');
    const blocked = uniqueId('blocked');
    const friend = uniqueId('friend');
    const blockersGroup = await buildConversation(server, blocker, [friend], { type: 'GROUP', title: 'Blocker’s' });
    const blockedsGroup = await buildConversation(server, blocked, [friend], { type: 'GROUP', title: 'Blocked’s' });
    expect((await asUser(server, blocker).post('/blocks', { userId: blocked })).status).toBe(201);
    const listed = async (userId: string) => ((await asUser(server, userId).get('/conversations')).body.data as { id: string }[]).map((c) => c.id);
    const before = { blocker: await listed(blocker), blocked: await listed(blocked) };

    for (const type of ['GROUP', 'SUPPORT', 'THERAPY']) {
      for (const [from, to] of [[blocked, blocker], [blocker, blocked]] as const) {
        const create = await asUser(server, from).post('/conversations', { type, participantIds: [friend, to], title: 'Around the block', message: 'hi' });
        expect(create.status, `${type} from ${from}`).toBe(403);
        expect(create.body.error.code).toBe('USER_BLOCKED');
      }
    }
    for (const [from, group, to] of [[blocked, blockedsGroup, blocker], [blocker, blockersGroup, blocked]] as const) {
      const add = await asUser(server, from).post(`/conversations/${group.id}/participants`, { userIds: [uniqueId('other'), to] });
      expect(add.status).toBe(403);
      expect(add.body.error.code).toBe('USER_BLOCKED');
      const participants = ((await asUser(server, from).get(`/conversations/${group.id}`)).body.participants as { userId: string }[]).map((p) => p.userId);
      expect(participants.sort()).toEqual([from, friend].sort());
    }
    // Nothing was made: neither side has a conversation more than before.
    expect({ blocker: await listed(blocker), blocked: await listed(blocked) }).toEqual(before);

    // Someone else may still bring both into one group; the block then stops neither of them there.
    const shared = await asUser(server, friend).post('/conversations', { type: 'GROUP', participantIds: [blocker, blocked], title: 'Shared' });
    expect(shared.status).toBe(201);
    expect((await asUser(server, blocked).post(`/conversations/${shared.body.id}/messages`, { content: 'hello all' })).status).toBe(201);

    expect((await asUser(server, blocker).delete(`/blocks/${blocked}`)).status).toBe(204);
    expect((await asUser(server, blocked).post(`/conversations/${blockedsGroup.id}/participants`, { userIds: [blocker] })).status).toBe(200);
  });

  it('searches the caller’s conversations by word beginnings, never deleted or foreign messages', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const mine = await buildConversation(server, a, [b], { title: 'Camera' });
    const theirs = await buildConversation(server, uniqueId(), [uniqueId()]);
    await sendMessage(server, theirs.participants[0].userId, theirs.id, 'zeppelinium camera for sale');
    const exact = await sendMessage(server, a, mine.id, 'The zeppelinium camera has a scratch');
    await sendMessage(server, b, mine.id, 'zeppelinium is nice');
    const gone = await sendMessage(server, b, mine.id, 'zeppelinium secret deleted');
    await asUser(server, b).delete(`/messages/${gone.id}`);

    const prefix = await asUser(server, a).get('/search?q=zeppel');
    expect(prefix.status).toBe(200);
    expect(prefix.body.data.map((m: { conversationId: string }) => m.conversationId).every((id: string) => id === mine.id)).toBe(true);
    expect(prefix.body.data).toHaveLength(2);
    const both = await asUser(server, a).get('/search?q=zeppelinium%20camera');
    expect(both.body.data.map((m: { id: string }) => m.id)).toEqual([exact.id]);
    expect(both.body.data[0].conversation).toMatchObject({ id: mine.id, title: 'Camera' });

    const paged = await asUser(server, a).get(`/search?q=zeppelinium&limit=1&conversationId=${mine.id}`);
    expect(paged.body.data).toHaveLength(1);
    expect(paged.body.nextCursor).toEqual(expect.any(String));
    const next = await asUser(server, a).get(`/search?q=zeppelinium&limit=1&conversationId=${mine.id}&cursor=${paged.body.nextCursor}`);
    expect(next.body.data).toHaveLength(1);
    expect(next.body.data[0].id).not.toBe(paged.body.data[0].id);
    // Someone else's conversation, named outright, does not exist for the caller.
    const foreign = await asUser(server, a).get(`/search?q=zeppelinium&conversationId=${theirs.id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');

    await asUser(server, a).patch(`/messages/${exact.id}`, { content: 'The quokkaphone has a scratch' });
    expect((await asUser(server, a).get('/search?q=quokka')).body.data.map((m: { id: string }) => m.id)).toEqual([exact.id]);
    expect((await asUser(server, a).get('/search?q=zeppelinium%20camera')).body.data).toHaveLength(0);


    for (const q of ['"zeppelinium', 'zeppel*', 'NEAR(zeppelinium camera)', 'content:zeppelinium', '-zeppelinium', "' OR 1=1 --"]) {
      const response = await asUser(server, a).get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
    for (const q of ['"*:-', 'x'.repeat(5000), '']) {
      expect((await asUser(server, a).get(`/search?q=${encodeURIComponent(q)}`)).status, q.slice(0, 10)).toBe(400);
    }
  });

  it('filters the list by q over title, context title and other participants’ names or ids', async () => {
    const me = uniqueId();
    const seller = uniqueId();
    await asService(server).put(`/users/${seller}`, { displayName: 'Winifred Quill' });
    const byName = await buildConversation(server, me, [seller]);
    const byTitle = await buildConversation(server, me, [uniqueId(), uniqueId()], { type: 'GROUP', title: 'Plumbing job' });
    const byContext = await buildConversation(server, me, [uniqueId()], { context: { type: 'listing', id: 'x', title: 'Vintage Leica' } });
    const ids = async (q: string) => (await asUser(server, me).get(`/conversations?q=${encodeURIComponent(q)}`)).body.data.map((c: { id: string }) => c.id);
    expect(await ids('winifred')).toEqual([byName.id]);
    expect(await ids('plumb')).toEqual([byTitle.id]);
    expect(await ids('leica')).toEqual([byContext.id]);
    // Case is ignored in every script, as people type: "école" finds "École", "ZOË" finds "Zoë".
    const zoe = uniqueId();
    await asService(server).put(`/users/${zoe}`, { displayName: 'Zoë Brontë' });
    const accented = await buildConversation(server, me, [zoe], { context: { type: 'listing', id: 'ecole', title: 'École desk, oak' } });
    expect(await ids('école')).toEqual([accented.id]);
    expect(await ids('ZOË')).toEqual([accented.id]);
    expect(await ids('%')).toEqual([]);
    // "_" is a letter here, not LIKE's any-character: "Q_ill" does not find "Quill".
    expect(await ids('Q_ill')).toEqual([]);
    // Someone without a name is shown by their id, and found by it.
    const nameless = uniqueId('nameless');
    const byId = await buildConversation(server, me, [nameless]);
    expect(await ids(nameless)).toEqual([byId.id]);
  });
});
