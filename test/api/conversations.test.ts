import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, asUser, anonymous, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('conversations on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a buyer starts a DIRECT conversation about a listing with a first message; asking again returns it', async () => {
    const buyer = uniqueId('buyer');
    const seller = uniqueId('seller');
    const context = { type: 'listing', id: uniqueId('lst'), title: 'Vintage Camera', ownerId: seller };
    const first = await asUser(server, buyer, 'bob').post('/conversations', {
      participantIds: [seller],
      context,
      message: 'Is this still available?',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      type: 'DIRECT',
      status: 'active',
      context,
      createdBy: buyer,
      lastSeq: 1,
      unreadCount: 0,
      archived: false,
      lastMessage: { senderId: buyer, preview: 'Is this still available?' },
    });
    expect(first.body.participants.map((p: { userId: string; role: string }) => [p.userId, p.role])).toEqual([
      [buyer, 'OWNER'],
      [seller, 'MEMBER'],
    ]);

    // The seller never called Parley before, yet sees the conversation with one unread message.
    const sellerList = await asUser(server, seller).get('/conversations');
    expect(sellerList.status).toBe(200);
    expect(sellerList.body.data).toHaveLength(1);
    expect(sellerList.body.data[0]).toMatchObject({ id: first.body.id, unreadCount: 1 });

    // Asking again, from either side, finds the same conversation (200) and sends the new message into it.
    const again = await asUser(server, seller).post('/conversations', {
      participantIds: [buyer],
      context,
      message: 'Yes, it is!',
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.lastSeq).toBe(2);

    // A retry that repeats the first message's clientMessageId sends it once.
    const asked = { participantIds: [buyer], context, message: 'Pick-up Saturday?', clientMessageId: uniqueId('c') };
    expect((await asUser(server, seller).post('/conversations', asked)).body.lastSeq).toBe(3);
    const retried = await asUser(server, seller).post('/conversations', asked);
    expect(retried.status).toBe(200);
    expect(retried.body.lastSeq).toBe(3);
    const history = (await asUser(server, buyer).get(`/conversations/${first.body.id}/messages`)).body.data;
    expect(history.filter((m: { content: string }) => m.content === 'Pick-up Saturday?')).toHaveLength(1);

    // Another listing between the same pair is another conversation.
    const other = await asUser(server, buyer).post('/conversations', {
      participantIds: [seller],
      context: { type: 'listing', id: uniqueId('lst') },
    });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('a GROUP or SUPPORT started with a first message is started once per clientMessageId, retried or raced', async () => {
    const [owner, a, b] = [uniqueId('owner'), uniqueId(), uniqueId()];
    for (const type of ['GROUP', 'SUPPORT'] as const) {
      const asked = { type, participantIds: [a, b], title: `${type} room`, message: 'Welcome all', clientMessageId: uniqueId('c') };
      const results = await Promise.all(Array.from({ length: 4 }, () => asUser(server, owner).post('/conversations', asked)));
      expect(new Set(results.map((r) => r.body.id)).size, type).toBe(1);
      expect(results.map((r) => r.status).sort(), type).toEqual([200, 200, 200, 201]);
      const retried = await asUser(server, owner).post('/conversations', asked);
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ id: results[0]?.body.id, lastSeq: 1 });
      const history = (await asUser(server, a).get(`/conversations/${retried.body.id}/messages`)).body.data;
      expect(history.map((m: { content: string }) => m.content)).toEqual(['Welcome all']);
    }
    // Another clientMessageId is another conversation; so is the same one from another creator.
    const listed = async (user: string) => (await asUser(server, user).get('/conversations?limit=100')).body.data.length;
    const before = await listed(a);
    const fresh = { type: 'GROUP', participantIds: [a], message: 'Hi', clientMessageId: 'same-id' };
    expect((await asUser(server, owner).post('/conversations', fresh)).status).toBe(201);
    expect((await asUser(server, b).post('/conversations', fresh)).status).toBe(201);
    expect(await listed(a)).toBe(before + 2);
  });

  it('two racing creates of the same DIRECT pair make one conversation', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => asUser(server, i % 2 ? a : b).post('/conversations', { participantIds: [i % 2 ? b : a] })),
    );
    const ids = new Set(results.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
  });

  it('creates GROUP, SUPPORT and THERAPY conversations with titles and metadata', async () => {
    const owner = uniqueId();
    for (const type of ['GROUP', 'SUPPORT', 'THERAPY']) {
      const response = await asUser(server, owner).post('/conversations', {
        type,
        participantIds: [uniqueId(), uniqueId()],
        title: `${type} room`,
        metadata: { bookingId: 'b_1', nested: { ok: true } },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ type, title: `${type} room`, metadata: { bookingId: 'b_1', nested: { ok: true } } });
      expect(response.body.participants).toHaveLength(3);
    }
  });

  it('lists by most recent activity with cursor pagination and context filters', async () => {
    const me = uniqueId();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const conversation = await buildConversation(server, me, [uniqueId()], {
        context: { type: i % 2 ? 'job' : 'listing', id: `ctx_${i}` },
      });
      created.push(conversation.id);
    }
    // Activity in the oldest moves it to the top.
    await sendMessage(server, me, created[0] as string, 'bump');
    const expectedOrder = [created[0], created[4], created[3], created[2], created[1]];

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await asUser(server, me).get(`/conversations?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expectedOrder);

    const jobs = await asUser(server, me).get('/conversations?contextType=job');
    expect(jobs.body.data.map((c: { id: string }) => c.id)).toEqual([created[3], created[1]]);
    const one = await asUser(server, me).get('/conversations?contextType=listing&contextId=ctx_2');
    expect(one.body.data.map((c: { id: string }) => c.id)).toEqual([created[2]]);
  });

  it('hides a conversation from everyone but its participants (404, never 403)', async () => {
    const owner = uniqueId();
    const member = uniqueId();
    const conversation = await buildConversation(server, owner, [member]);
    expect((await asUser(server, member).get(`/conversations/${conversation.id}`)).status).toBe(200);
    const outsider = await asUser(server, uniqueId()).get(`/conversations/${conversation.id}`);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe('NOT_FOUND');
    const missing = await asUser(server, owner).get('/conversations/does-not-exist');
    expect(missing.status).toBe(404);
    // A conversation one may not see answers exactly as one that does not exist (only requestId differs).
    expect({ ...missing.body, requestId: undefined }).toEqual({ ...outsider.body, requestId: undefined });
    expect(missing.body.requestId).toEqual(expect.any(String));
    expect((await anonymous(server).get(`/conversations/${conversation.id}`)).status).toBe(401);
    expect((await asService(server).get(`/conversations/${conversation.id}`)).status).toBe(403);
  });

  it('keeps unread counts right for every participant and moves read pointers only forward', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const c = uniqueId();
    const conversation = await buildConversation(server, a, [b, c], { type: 'GROUP' });
    const m1 = await sendMessage(server, a, conversation.id, 'one');
    await sendMessage(server, a, conversation.id, 'two');
    const m3 = await sendMessage(server, b, conversation.id, 'three');

    const unread = async (user: string) => (await asUser(server, user).get(`/conversations/${conversation.id}`)).body.unreadCount;
    expect(await unread(a)).toBe(1);
    expect(await unread(b)).toBe(0);
    expect(await unread(c)).toBe(3);
    expect((await asUser(server, c).get('/me/unread')).body).toEqual({ totalUnread: 3, conversations: 1 });

    const partial = await asUser(server, c).post(`/conversations/${conversation.id}/read`, { messageId: m1.id });
    expect(partial.body).toEqual({ lastReadSeq: 1, unreadCount: 2 });
    const viaMessage = await asUser(server, c).post(`/messages/${m3.id}/read`);
    expect(viaMessage.body).toEqual({ lastReadSeq: 3, unreadCount: 0 });
    // Reading an older message does not move the pointer back.
    const backwards = await asUser(server, c).post(`/conversations/${conversation.id}/read`, { messageId: m1.id });
    expect(backwards.body).toEqual({ lastReadSeq: 3, unreadCount: 0 });
    expect((await asUser(server, c).get('/me/unread')).body).toEqual({ totalUnread: 0, conversations: 0 });

    // readBy is derived from the pointers.
    const page = await asUser(server, a).get(`/conversations/${conversation.id}/messages`);
    const first = page.body.data.find((m: { id: string }) => m.id === m1.id);
    expect(first.readBy.map((r: { userId: string }) => r.userId).sort()).toEqual([b, c].sort());
    // Someone who joins later has read none of it until they mark it read.
    const d = uniqueId();
    expect((await asUser(server, a).post(`/conversations/${conversation.id}/participants`, { userIds: [d] })).status).toBe(200);
    const readersOfFirst = async () =>
      ((await asUser(server, a).get(`/messages/${m1.id}`)).body.readBy as { userId: string }[]).map((r) => r.userId).sort();
    expect(await readersOfFirst()).toEqual([b, c].sort());
    await sendMessage(server, b, conversation.id, 'welcome');
    expect((await asUser(server, d).post(`/conversations/${conversation.id}/read`, {})).status).toBe(200);
    expect(await readersOfFirst()).toEqual([b, c, d].sort());

    const unreadOnly = await asUser(server, a).get('/conversations?unread=true');
    expect(unreadOnly.body.data.map((x: { id: string }) => x.id)).toContain(conversation.id);
    await asUser(server, a).post(`/conversations/${conversation.id}/read`, {});
    const none = await asUser(server, a).get('/conversations?unread=true');
    expect(none.body.data.map((x: { id: string }) => x.id)).not.toContain(conversation.id);
  });

  it('leaves deleted messages out of unread counts: a message deleted before it was read leaves nothing to read', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    await sendMessage(server, a, conversation.id, 'keep');
    const gone = await sendMessage(server, a, conversation.id, 'sent by mistake');
    const last = await sendMessage(server, a, conversation.id, 'also keep');
    expect((await asUser(server, a).delete(`/messages/${gone.id}`)).status).toBe(204);

    expect((await asUser(server, b).get(`/conversations/${conversation.id}`)).body.unreadCount).toBe(2);
    const listed = (await asUser(server, b).get('/conversations')).body.data.find((x: { id: string }) => x.id === conversation.id);
    expect(listed.unreadCount).toBe(2);
    expect((await asUser(server, b).get('/me/unread')).body).toEqual({ totalUnread: 2, conversations: 1 });

    // Read up to the message before the deleted one: one is left, the last.
    const first = (await asUser(server, b).get(`/conversations/${conversation.id}/messages`)).body.data.find((m: { seq: number }) => m.seq === 1);
    expect((await asUser(server, b).post(`/conversations/${conversation.id}/read`, { messageId: first.id })).body).toEqual({ lastReadSeq: 1, unreadCount: 1 });
    // Once the last one goes too, nothing is unread, and the conversation leaves the unread filter.
    expect((await asUser(server, a).delete(`/messages/${last.id}`)).status).toBe(204);
    expect((await asUser(server, b).get(`/conversations/${conversation.id}`)).body.unreadCount).toBe(0);
    expect((await asUser(server, b).get('/me/unread')).body).toEqual({ totalUnread: 0, conversations: 0 });
    expect((await asUser(server, b).get('/conversations?unread=true')).body.data.map((x: { id: string }) => x.id)).not.toContain(conversation.id);
  });

  it('refuses to read with a message of another conversation', async () => {
    const a = uniqueId();
    const one = await buildConversation(server, a, [uniqueId()]);
    const two = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, two.id, 'elsewhere');
    const response = await asUser(server, a).post(`/conversations/${one.id}/read`, { messageId: message.id });
    expect(response.status).toBe(404);
  });

  it('rejects bad input with VALIDATION_FAILED and creates nothing', async () => {
    const me = uniqueId();
    const client = asUser(server, me);
    const cases: unknown[] = [
      {},
      { participantIds: 'u2' },
      { participantIds: [uniqueId()], type: 'CHANNEL' },
      { participantIds: [uniqueId(), uniqueId()], type: 'DIRECT' },
      { participantIds: [] , type: 'DIRECT' },
      { participantIds: [uniqueId()], title: 'x'.repeat(201) },
      { participantIds: [uniqueId()], context: { type: 'listing' } },
      { participantIds: [uniqueId()], context: { type: 'listing', id: 'x'.repeat(501) } },
      { participantIds: [uniqueId()], metadata: { blob: 'x'.repeat(5000) } },
      // Sent as written: 1e400 parses to Infinity, which JSON would store as null.
      `{"participantIds":["${uniqueId()}"],"metadata":{"price":1e400}}`,
      `{"participantIds":["${uniqueId()}"],"metadata":{"n":[1,{"m":-1e999}]}}`,
      { participantIds: [uniqueId()], metadata: { 'k\u0000': 'v' } },
      { participantIds: [uniqueId()], metadata: { k: ['fine', 'half \ud83d'] } },
      { participantIds: Array.from({ length: 300 }, () => uniqueId()), type: 'GROUP' },
      { participantIds: ['a'.repeat(129)] },
      { participantIds: ['bad\u0000id'] },
      { participantIds: ['half\udc00'] },
      { participantIds: [uniqueId()], title: 'cut \ud83d' },
      { participantIds: [uniqueId()], context: { type: 'listing', id: 'lst_\ud83d' } },
      { participantIds: [uniqueId()], message: '   ' },
      { participantIds: [uniqueId()], clientMessageId: 'c-1' },
      { participantIds: [uniqueId()], unknownField: true },
      // A GROUP of one, and names that are blank or display as something else.
      { participantIds: [] },
      { participantIds: [me], type: 'GROUP' },
      { participantIds: [uniqueId(), uniqueId()], title: '   ' },
      { participantIds: [uniqueId(), uniqueId()], title: '\u202Egnp.exe' },
      { participantIds: [uniqueId()], context: { type: 'listing', id: 'l1', title: 'a\u2066b' } },
    ];
    for (const body of cases) {
      const response = await client.post('/conversations', body);
      expect(response.status, (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 80)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(typeof response.body.requestId).toBe('string');
    }
    // An integer is written in decimal digits: not as JavaScript would also read it ("0x10", "1e1", " 5").
    const badQueries = ['limit=0', 'limit=101', 'limit=abc', 'limit=0x10', 'limit=1e1', 'limit=%205', 'limit=5%20', 'status=gone', 'cursor=!!!', 'cursor=eyJ4IjoxfQ', 'archived=maybe'];
    for (const query of badQueries) {
      const response = await client.get(`/conversations?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    for (const path of ['/sync?limit=0x10', `/analytics/responders/${me}?days=1e1`, '/blocks?limit=%2B5']) {
      expect((await client.get(path)).status, path).toBe(400);
    }
    // Without a type, a conversation with oneself alone is told by what was asked, not by what a GROUP needs.
    expect((await client.post('/conversations', { participantIds: [me] })).body.error.message).toBe('participantIds must name at least one user other than you');
    expect((await client.get('/conversations?limit=10')).status).toBe(200);
    expect((await client.get('/conversations')).body.data).toHaveLength(0);

    // Changes to one that exists: a blank or disguised title, a body where none is taken.
    const group = await buildConversation(server, me, [uniqueId()], { type: 'GROUP', title: 'crew' });
    for (const [method, path, body] of [
      ['patch', `/conversations/${group.id}`, { title: '' }],
      ['patch', `/conversations/${group.id}`, { title: ' \t ' }],
      ['patch', `/conversations/${group.id}`, { title: 'x\u202Dy' }],
      ['post', `/conversations/${group.id}/archive`, { x: 1 }],
      ['post', `/conversations/${group.id}/unarchive`, { x: 1 }],
    ] as const) {
      const response = await client.request(method.toUpperCase(), path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
    }
    expect((await client.get(`/conversations/${group.id}`)).body).toMatchObject({ title: 'crew', archived: false });
    expect((await client.patch(`/conversations/${group.id}`, { title: null })).body.title).toBeNull();
    expect((await client.post(`/conversations/${group.id}/archive`)).status).toBe(200);
  });
});
