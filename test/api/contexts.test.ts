// Contexts with a life (states and their effects on conversations) and response analytics.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN_ID, asService, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('contexts on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const put = (type: string, id: string, body: unknown) => asService(server).put(`/contexts/${type}/${id}`, body);
  const eventsOf = async (user: string, since: string) =>
    (await asUser(server, user).get(`/sync?since=${since}&limit=1000`)).body.events as { type: string; data: Record<string, unknown> }[];
  const head = async (user: string) => (await asUser(server, user).get('/sync')).body.cursor as string;

  it('concurrent changes to one context are applied one after the other: each answered 200, one 201 for its creation, every conversation as the last', async () => {
    for (let round = 0; round < 3; round++) {
      const id = uniqueId('job');
      const created = await Promise.all([0, 1, 2].map(() => put('job', id, { title: 'Fix the sink' })));
      expect(created.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      const buyer = uniqueId('buyer');
      const conversations = await Promise.all(
        Array.from({ length: 8 }, () => buildConversation(server, buyer, [uniqueId('pro')], { context: { type: 'job', id } })),
      );
      const changes = await Promise.all(['booked', 'completed', 'disputed', 'cancelled', 'open'].map((state) => put('job', id, { state })));
      expect(changes.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const final = (await asService(server).get(`/contexts/job/${id}`)).body.state;
      for (const conversation of conversations) {
        expect((await asUser(server, buyer).get(`/conversations/${conversation.id}`)).body.context.state, `round ${round}`).toBe(final);
      }
    }
  });

  it('a context key with control characters or half an emoji is refused, not looked up', async () => {
    for (const id of ['a%00b', 'tab%09id', '%ED%A0%80', 'lst_%F0%9F%98']) {
      const read = await asService(server).get(`/contexts/listing/${id}`);
      expect(read.status, id).toBeGreaterThanOrEqual(400);
      expect(read.status, id).toBeLessThan(500);
    }
    const nul = await asService(server).get('/contexts/listing/a%00b');
    expect(nul.status).toBe(400);
    expect(nul.body.error.code).toBe('VALIDATION_FAILED');
    expect((await asService(server).put('/contexts/listing/a%00b', { title: 't' })).status).toBe(400);
    // Nor is an id of spaces alone, in the path or in a conversation's context.
    expect((await asService(server).put('/contexts/listing/%20%20', { title: 't' })).status).toBe(400);
    const blank = await asUser(server, uniqueId()).post('/conversations', { participantIds: [uniqueId()], context: { type: 'listing', id: ' ' } });
    expect(blank.status).toBe(400);
  });

  it("a platform's first word on a context that only changes its state keeps the title, image and link its conversation gave, not the owner", async () => {
    const [buyer, seller, claimed] = [uniqueId('buyer'), uniqueId('seller'), uniqueId('claimed')];
    const id = uniqueId('lst');
    const described = { type: 'listing', id, title: 'Vintage Camera', url: 'https://shop.example/l/1', imageUrl: 'https://shop.example/i.jpg', ownerId: claimed };
    const conversation = await buildConversation(server, buyer, [seller], { context: described });
    expect((await asService(server).get(`/contexts/listing/${id}`)).body).toMatchObject({ title: 'Vintage Camera', ownerId: claimed });

    const booked = await put('listing', id, { state: 'booked' });
    expect(booked.status).toBe(201);
    // A user may name anyone as the owner: only the platform's word makes one.
    expect(booked.body).toMatchObject({ title: 'Vintage Camera', url: described.url, imageUrl: described.imageUrl, ownerId: null, state: 'booked' });
    for (const user of [buyer, seller]) {
      const seen = await asUser(server, user).get(`/conversations/${conversation.id}`);
      expect(seen.body.context).toMatchObject({ title: 'Vintage Camera', url: described.url, imageUrl: described.imageUrl, state: 'booked' });
      expect(seen.body.context.ownerId).toBeUndefined();
    }
    // What the platform says later replaces it, as for any context it described.
    expect((await put('listing', id, { title: null, ownerId: seller })).body).toMatchObject({ title: null, ownerId: seller, url: described.url });
  });

  it('the platform keeps a context; every conversation about it shows its current fields', async () => {
    const [buyer, seller, outsider] = [uniqueId('buyer'), uniqueId('seller'), uniqueId()];
    const id = uniqueId('lst');
    const conversation = await buildConversation(server, buyer, [seller], { context: { type: 'listing', id, title: 'Old title' } });
    const created = await put('listing', id, { title: 'Vintage Camera', ownerId: seller, imageUrl: 'https://img.example/c.jpg' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'listing', id, title: 'Vintage Camera', ownerId: seller, state: 'open', conversations: 1 });
    const seen = await asUser(server, buyer).get(`/conversations/${conversation.id}`);
    expect(seen.body.context).toMatchObject({ type: 'listing', id, title: 'Vintage Camera', ownerId: seller, state: 'open' });
    const list = await asUser(server, seller).get(`/conversations?contextId=${id}`);
    expect(list.body.data[0].context.title).toBe('Vintage Camera');

    // A client following /sync hears of the new fields: a rename is a conversation.updated like a state change.
    const start = await head(buyer);
    expect((await put('listing', id, { title: 'Vintage Camera, boxed' })).status).toBe(200);
    const renamed = await eventsOf(buyer, start);
    expect(renamed.map((e) => e.type)).toEqual(['conversation.updated']);
    expect(renamed[0]?.data).toMatchObject({ id: conversation.id, context: { title: 'Vintage Camera, boxed', state: 'open' } });

    expect((await asUser(server, buyer).get(`/contexts/listing/${id}`)).body).toMatchObject({ title: 'Vintage Camera, boxed', conversations: 1 });
    expect((await asUser(server, outsider).get(`/contexts/listing/${id}`)).status).toBe(404);
    expect((await asUser(server, buyer).put(`/contexts/listing/${id}`, { title: 'mine now' })).status).toBe(403);
    expect((await asService(server).get(`/contexts/listing/${uniqueId('nothing')}`)).status).toBe(404);
  });

  it('shows a context the platform has not described yet, as its conversation did, to its participants and the platform', async () => {
    const [buyer, seller, outsider] = [uniqueId('buyer'), uniqueId('seller'), uniqueId('eve')];
    const id = uniqueId('lst');
    const described = { type: 'listing', id, title: 'Road bike', url: 'https://market.example/l/1', ownerId: seller };
    await buildConversation(server, buyer, [seller], { context: described });
    const expected = { type: 'listing', id, title: 'Road bike', url: 'https://market.example/l/1', imageUrl: null, ownerId: seller, state: 'open', conversations: 1 };
    expect((await asUser(server, buyer).get(`/contexts/listing/${id}`)).body).toMatchObject(expected);
    expect((await asUser(server, seller).get(`/contexts/listing/${id}`)).body).toMatchObject(expected);
    expect((await asService(server).get(`/contexts/listing/${id}`)).body).toMatchObject(expected);
    expect((await asUser(server, outsider).get(`/contexts/listing/${id}`)).status).toBe(404);
  });

  it('booked, disputed, thawed, completed: a SYSTEM message and events per change; disputes freeze, completion closes', async () => {
    const [buyer, host] = [uniqueId('guest'), uniqueId('host')];
    const id = uniqueId('bkg');
    const conversation = await buildConversation(server, buyer, [host], { context: { type: 'booking', id } });
    const message = await sendMessage(server, buyer, conversation.id, 'Is the cabin free?');
    const reacted = await sendMessage(server, host, conversation.id, 'It is.');
    expect((await asUser(server, buyer).post(`/messages/${reacted.id}/reactions`, { emoji: '👍' })).status).toBe(201);
    const start = await head(host);

    expect((await put('booking', id, { state: 'booked', ownerId: host })).status).toBe(201);
    const afterBooked = await eventsOf(host, start);
    expect(afterBooked.map((e) => e.type)).toEqual(['message.sent', 'conversation.updated']);
    expect(afterBooked[0]?.data).toMatchObject({ messageType: 'SYSTEM' });
    expect(String(afterBooked[0]?.data.content)).toContain('booked');

    // Repeating the change, or an older one, changes nothing: not its time, and nothing goes downstream.
    const cursor = await head(host);
    const downstream = () =>
      server.parley.ctx.database.db
        .selectFrom('events')
        .select('id')
        .where('type', '=', 'context.updated')
        .where('data', 'like', `%${id}%`)
        .execute();
    const announced = (await downstream()).length;
    const booked = (await asService(server).get(`/contexts/booking/${id}`)).body;
    const repeated = await put('booking', id, { state: 'booked', ownerId: host });
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual(booked);
    expect(await eventsOf(host, cursor)).toEqual([]);
    expect(await downstream()).toHaveLength(announced);

    expect((await put('booking', id, { state: 'disputed' })).body.state).toBe('disputed');
    const frozen = await asUser(server, buyer).post(`/conversations/${conversation.id}/messages`, { content: 'hello?' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('CONVERSATION_CLOSED');
    expect((await asUser(server, buyer).patch(`/messages/${message.id}`, { content: 'edited' })).status).toBe(409);
    expect((await asUser(server, host).post(`/messages/${message.id}/reactions`, { emoji: '👍' })).status).toBe(409);
    // Nothing in it is removed while the dispute lasts: not a message, not a reaction, not the conversation.
    for (const removal of [
      await asUser(server, buyer).delete(`/messages/${message.id}`),
      await asUser(server, ADMIN_ID).delete(`/messages/${message.id}`),
      await asUser(server, buyer).delete(`/messages/${reacted.id}/reactions/${encodeURIComponent('👍')}`),
      await asService(server).delete(`/conversations/${conversation.id}`),
    ]) {
      expect(removal.status).toBe(409);
      expect(removal.body.error.code).toBe('CONVERSATION_CLOSED');
    }
    expect((await asUser(server, host).get(`/messages/${message.id}`)).body).toMatchObject({ content: 'Is the cabin free?', isDeleted: false });
    expect((await asUser(server, host).get(`/messages/${reacted.id}`)).body.reactions).toHaveLength(1);
    // Reading and read pointers still work.
    expect((await asUser(server, host).get(`/conversations/${conversation.id}/messages`)).status).toBe(200);
    expect((await asUser(server, host).post(`/conversations/${conversation.id}/read`, {})).status).toBe(200);

    expect((await put('booking', id, { state: 'booked' })).status).toBe(200);
    expect((await asUser(server, buyer).post(`/conversations/${conversation.id}/messages`, { content: 'thawed' })).status).toBe(201);

    expect((await put('booking', id, { state: 'completed' })).status).toBe(200);
    const closed = await asUser(server, buyer).get(`/conversations/${conversation.id}`);
    expect(closed.body.status).toBe('closed');
    expect((await asUser(server, buyer).post(`/conversations/${conversation.id}/messages`, { content: 'late' })).status).toBe(409);
    // Its owner cannot open it again: the platform does, by changing the context's state.
    const reopen = await asUser(server, buyer).patch(`/conversations/${conversation.id}`, { status: 'active' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('CONFLICT');
    expect((await asUser(server, buyer).get(`/conversations/${conversation.id}`)).body.status).toBe('closed');
    const notes = (await asUser(server, buyer).get(`/conversations/${conversation.id}/messages`)).body.data.filter(
      (m: { messageType: string }) => m.messageType === 'SYSTEM',
    );
    expect(notes).toHaveLength(4); // booked, disputed, booked again, completed

    // The platform moves it on: the conversation its completion closed opens again, and says so.
    const beforeReopen = await head(host);
    expect((await put('booking', id, { state: 'open' })).status).toBe(200);
    expect((await asUser(server, buyer).get(`/conversations/${conversation.id}`)).body.status).toBe('active');
    const reopened = await eventsOf(host, beforeReopen);
    expect(reopened.map((e) => e.type)).toEqual(['message.sent', 'conversation.updated']);
    expect(reopened[1]?.data).toMatchObject({ id: conversation.id, status: 'active' });
    expect((await asUser(server, buyer).post(`/conversations/${conversation.id}/messages`, { content: 'one more question' })).status).toBe(201);
    // Cancelled closes it again; booked opens it.
    expect((await put('booking', id, { state: 'cancelled' })).status).toBe(200);
    expect((await asUser(server, buyer).get(`/conversations/${conversation.id}`)).body.status).toBe('closed');
    expect((await put('booking', id, { state: 'booked' })).status).toBe(200);
    expect((await asUser(server, host).post(`/conversations/${conversation.id}/messages`, { content: 'rebooked' })).status).toBe(201);
  });

  it('a dispute keeps who is in a group and what it is: nobody is added, removed or leaves, and it is not renamed or closed', async () => {
    const [client, worker, other] = [uniqueId('client'), uniqueId('worker'), uniqueId('other')];
    const id = uniqueId('job');
    const group = await buildConversation(server, client, [worker], { type: 'GROUP', title: 'Kitchen job', context: { type: 'job', id } });
    await sendMessage(server, worker, group.id, 'Tiles are in');
    expect((await put('job', id, { state: 'disputed' })).status).toBe(201);

    const owner = asUser(server, client);
    for (const change of [
      await owner.post(`/conversations/${group.id}/participants`, { userIds: [other] }),
      await owner.delete(`/conversations/${group.id}/participants/${worker}`),
      await owner.patch(`/conversations/${group.id}`, { title: 'renamed during the dispute' }),
      await owner.patch(`/conversations/${group.id}`, { status: 'closed' }),
      await asUser(server, worker).delete(`/conversations/${group.id}/participants/${worker}`),
      await asUser(server, worker).delete(`/conversations/${group.id}`),
    ]) {
      expect(change.status).toBe(409);
      expect(change.body.error.code).toBe('CONVERSATION_CLOSED');
    }
    expect((await asUser(server, other).get(`/conversations/${group.id}`)).status).toBe(404);
    const unchanged = (await asUser(server, worker).get(`/conversations/${group.id}`)).body;
    expect(unchanged).toMatchObject({ title: 'Kitchen job', status: 'active' });
    expect(unchanged.participants.map((p: { userId: string }) => p.userId).sort()).toEqual([client, worker].sort());
    // Archiving is one's own view: still open.
    expect((await asUser(server, worker).post(`/conversations/${group.id}/archive`, {})).status).toBe(200);

    // Settled, the group is theirs to change again.
    expect((await put('job', id, { state: 'open' })).status).toBe(200);
    expect((await owner.post(`/conversations/${group.id}/participants`, { userIds: [other] })).status).toBe(200);
  });

  it('booked relaxes the contact check for phone numbers and emails only', async () => {
    const [buyer, host] = [uniqueId('guest'), uniqueId('host')];
    const id = uniqueId('bkg');
    const conversation = await buildConversation(server, buyer, [host], { context: { type: 'booking', id } });
    const text = 'Call me on +1 415 555 0132 or mail jo@example.com';
    const before = await sendMessage(server, buyer, conversation.id, text);
    expect(before.moderation.status).toBe('masked');
    expect(before.content).not.toContain('555');

    await put('booking', id, { state: 'booked' });
    const after = await sendMessage(server, buyer, conversation.id, text);
    expect(after.content).toBe(text);
    expect(after.moderation.status).toBe('clean');
    const link = await sendMessage(server, buyer, conversation.id, 'photos at https://bit.ly/abc and +1 415 555 0132');
    expect(link.content).not.toContain('bit.ly');
    expect(link.content).toContain('+1 415 555 0132');
    // An edit is judged by the same state.
    const edited = await asUser(server, buyer).patch(`/messages/${before.id}`, { content: text });
    expect(edited.body.content).toBe(text);
  });

  it('a version older than the stored one changes nothing; a state set before any conversation applies to later ones', async () => {
    const id = uniqueId('bkg');
    expect((await put('booking', id, { state: 'cancelled', version: 5 })).status).toBe(201);
    const stale = await put('booking', id, { state: 'open', version: 4 });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ state: 'cancelled', version: 5 });
    const later = await buildConversation(server, uniqueId(), [uniqueId()], { context: { type: 'booking', id } });
    expect(later.status).toBe('closed');
    expect(later.context.state).toBe('cancelled');
  });

  it('updatedAt orders changes by instant, whatever offset or precision each was sent with, and a far future is refused', async () => {
    const id = uniqueId('lst');
    const first = await put('listing', id, { title: 'FIRST', updatedAt: '2025-11-04T23:59:00+01:00' });
    expect(first.status).toBe(201);
    // Stored as Parley writes times: 22:59 UTC, with milliseconds.
    expect(first.body.updatedAt).toBe('2025-11-04T22:59:00.000Z');
    // 23:30 UTC is later than 23:59 at +01:00, though it sorts before it as text.
    expect((await put('listing', id, { title: 'SECOND', updatedAt: '2025-11-04T23:30:00.000Z' })).body.title).toBe('SECOND');
    // 11:00 at +05:00 is 06:00 UTC: older, so it changes nothing.
    const older = await put('listing', id, { title: 'OLDER', updatedAt: '2025-11-04T11:00:00+05:00' });
    expect(older.status).toBe(200);
    expect(older.body).toMatchObject({ title: 'SECOND', updatedAt: '2025-11-04T23:30:00.000Z' });
    // Half a second later, in lower case.
    expect((await put('listing', id, { title: 'THIRD', updatedAt: '2025-11-04t23:30:00.500z' })).body.title).toBe('THIRD');

    const future = await put('listing', id, { title: 'FOREVER', updatedAt: '2999-01-01T00:00:00.000Z' });
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'updatedAt' } });
    expect((await put('listing', id, { title: 'FOURTH', updatedAt: new Date().toISOString() })).body.title).toBe('FOURTH');
  });

  it('the platform starts a conversation on a user’s behalf, one per pair and context', async () => {
    const [buyer, seller] = [uniqueId('buyer'), uniqueId('seller')];
    const body = { createdBy: buyer, participantIds: [seller], context: { type: 'booking', id: uniqueId('bkg') }, message: 'Booking made' };
    const first = await asService(server).post('/conversations', body);
    expect(first.status).toBe(201);
    expect(first.body.createdBy).toBe(buyer);
    expect(first.body.participants.find((p: { userId: string }) => p.userId === buyer).role).toBe('OWNER');
    const again = await asService(server).post('/conversations', body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await asService(server).post('/conversations', { participantIds: [seller] })).status).toBe(400);
    expect((await asUser(server, buyer).post('/conversations', { ...body, createdBy: seller })).status).toBe(403);
  });

  it('refuses bad input and changes nothing', async () => {
    expect((await put('booking', uniqueId(), { state: 'exploded' })).status).toBe(400);
    // Refused by the router before it reaches Parley's handler, in the contract's shape.
    const long = await put('booking', 'x'.repeat(10_000), { state: 'open' });
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('VALIDATION_FAILED');
    expect((await put('no spaces', 'b1', {})).status).toBe(400);
    // A conversation cannot name a context type that /contexts/{type}/{id} could never address.
    for (const type of ['a/b', 'no spaces', '1st']) {
      const conversation = await asUser(server, uniqueId()).post('/conversations', { participantIds: [uniqueId()], context: { type, id: 'x1' } });
      expect(conversation.status, type).toBe(400);
      expect(conversation.body.error.code).toBe('VALIDATION_FAILED');
    }
    // Taken exactly as sent, as every body is: no unknown fields, no coerced types, links that are links.
    const bad = uniqueId('bad');
    for (const body of [{ title: 'x', sneaky: 1 }, { title: 5 }, { url: 'javascript:alert(1)' }, { imageUrl: 'data:image/png;base64,AAAA' }, { version: '3' }]) {
      const refused = await put('booking', bad, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await asService(server).get(`/contexts/booking/${bad}`)).status).toBe(404);
    expect((await put('booking', bad, { url: 'https://example.com/b', imageUrl: 'HTTP://img.example/b.jpg' })).status).toBe(201);
    expect((await put('booking', uniqueId(), { metadata: { a: 'x'.repeat(5000) } })).status).toBe(400);
    const seller = uniqueId('seller');
    for (const days of [0, 10_000, -1]) {
      expect((await asUser(server, seller).get(`/analytics/responders/${seller}?days=${days}`)).status).toBe(400);
    }
    expect((await asUser(server, uniqueId()).get(`/analytics/responders/${seller}`)).status).toBe(404);
    expect((await asUser(server, uniqueId()).get(`/analytics/contexts?ownerId=${seller}`)).status).toBe(404);
  });

  it("a context's figures are the owner's the platform names: a conversation's claim of an owner owns none", async () => {
    const [buyer, claimant, other, named] = [uniqueId('buyer'), uniqueId('claimant'), uniqueId('other'), uniqueId('named')];
    const id = uniqueId('lst');
    const figuresOf = async (user: string) => (await asUser(server, user).get('/analytics/contexts?days=30')).body.data as { context: { id: string } }[];
    const first = await buildConversation(server, buyer, [other], { context: { type: 'listing', id, title: 'One', ownerId: claimant } });
    await sendMessage(server, buyer, first.id, 'still for sale?');
    const second = await buildConversation(server, uniqueId('buyer'), [other], { context: { type: 'listing', id, ownerId: other } });
    await sendMessage(server, other, second.id, 'hello');
    for (const user of [claimant, other]) expect((await figuresOf(user)).map((row) => row.context.id)).not.toContain(id);
    // The platform's service key sees them all along; undescribed, the context is shown as its first
    // conversation described it (as GET /contexts shows it), but with no owner.
    const rows = (await asService(server).get('/analytics/contexts?days=30&contextType=listing')).body.data as { context: { id: string } }[];
    expect(rows.find((row) => row.context.id === id)?.context).toEqual({ type: 'listing', id, title: 'One', ownerId: null, state: 'open' });
    expect((await asService(server).get(`/contexts/listing/${id}`)).body).toMatchObject({ title: 'One', state: 'open' });

    // Described without an owner, the context still has none; named, it is that owner's, the days before included.
    await put('listing', id, { state: 'booked' });
    for (const user of [claimant, other]) expect((await figuresOf(user)).map((row) => row.context.id)).not.toContain(id);
    await put('listing', id, { ownerId: named });
    expect(await figuresOf(named)).toEqual([expect.objectContaining({ context: expect.objectContaining({ id, ownerId: named }), conversations: 2 })]);
  });

  it('analytics: response rate, median and p90 per responder and per context, computed by hand', async () => {
    const seller = uniqueId('seller');
    const listing = uniqueId('lst');
    await put('listing', listing, { title: 'Camera', ownerId: seller });
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.parse('2026-11-20T10:00:00.000Z');
    const at = (seconds: number) => vi.setSystemTime(t0 + seconds * 1000);
    const buyers = Array.from({ length: 5 }, () => uniqueId('buyer'));
    const conversations = [];
    at(0);
    for (const buyer of buyers) {
      const c = await buildConversation(server, buyer, [seller], { context: { type: 'listing', id: listing } });
      await sendMessage(server, buyer, c.id, 'Is it available?');
      conversations.push(c);
    }
    // Answers after 30 s, 2 min and 3 h (answered), after 25 h (not answered), and never.
    const replies: [number, number][] = [
      [0, 30],
      [1, 120],
      [2, 3 * 3600],
      [3, 25 * 3600],
    ];
    for (const [index, seconds] of replies) {
      at(seconds);
      await sendMessage(server, seller, conversations[index].id, 'Yes!');
      // A second answer changes nothing.
      await sendMessage(server, seller, conversations[index].id, 'Still here.');
    }
    at(26 * 3600);
    const responder = await asUser(server, seller).get(`/analytics/responders/${seller}?days=30`);
    expect(responder.status).toBe(200);
    expect(responder.body).toEqual({
      userId: seller,
      days: 30,
      conversations: 5,
      answered: 3,
      responseRate: 0.6,
      responseTimeMedianSeconds: 120,
      responseTimeP90Seconds: 3 * 3600,
    });
    // The buyers started their conversations: nothing counts for them as responders.
    expect((await asService(server).get(`/analytics/responders/${buyers[0]}`)).body).toMatchObject({ conversations: 0, responseRate: null });

    await put('listing', listing, { state: 'booked' });
    const contexts = await asUser(server, seller).get('/analytics/contexts?days=30');
    expect(contexts.status).toBe(200);
    expect(contexts.body.data).toEqual([
      {
        context: { type: 'listing', id: listing, title: 'Camera', ownerId: seller, state: 'booked' },
        conversations: 5,
        answered: 3,
        responseRate: 0.6,
        firstResponseMedianSeconds: 120,
        booked: true,
      },
    ]);
    // A booking cancelled later was still made; and when the platform names a new owner, the
    // context's figures are theirs, the days before included, and no longer the old owner's.
    await put('listing', listing, { state: 'open' });
    const newOwner = uniqueId('heir');
    await put('listing', listing, { ownerId: newOwner });
    const forNewOwner = await asUser(server, newOwner).get('/analytics/contexts?days=30');
    expect(forNewOwner.body.data).toEqual([
      expect.objectContaining({ context: expect.objectContaining({ ownerId: newOwner, state: 'open' }), conversations: 5, answered: 3, booked: true }),
    ]);
    expect((await asUser(server, seller).get('/analytics/contexts?days=30')).body.data).toEqual([]);
    // Out of a one-day window ending 26 h later nothing remains... the window counts days by the first message.
    at(40 * 86_400);
    expect((await asService(server).get(`/analytics/responders/${seller}?days=30`)).body.conversations).toBe(0);
  });
});
