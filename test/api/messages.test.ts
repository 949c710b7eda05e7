import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, asService, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('messages on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('sends, lists newest first and oldest first, and gets one message', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    for (let i = 1; i <= 7; i++) await sendMessage(server, i % 2 ? a : b, conversation.id, `message ${i}`);

    const newest = await asUser(server, b).get(`/conversations/${conversation.id}/messages?limit=3`);
    expect(newest.status).toBe(200);
    expect(newest.body.data.map((m: { seq: number }) => m.seq)).toEqual([7, 6, 5]);
    const older = await asUser(server, b).get(`/conversations/${conversation.id}/messages?limit=3&cursor=${newest.body.nextCursor}`);
    expect(older.body.data.map((m: { seq: number }) => m.seq)).toEqual([4, 3, 2]);
    const before = await asUser(server, b).get(`/conversations/${conversation.id}/messages?before=2`);
    expect(before.body.data.map((m: { seq: number }) => m.seq)).toEqual([1]);
    expect(before.body.nextCursor).toBeNull();

    const after = await asUser(server, b).get(`/conversations/${conversation.id}/messages?after=2&limit=4`);
    expect(after.body.data.map((m: { seq: number }) => m.seq)).toEqual([3, 4, 5, 6]);
    const rest = await asUser(server, b).get(`/conversations/${conversation.id}/messages?after=2&limit=4&cursor=${after.body.nextCursor}`);
    expect(rest.body.data.map((m: { seq: number }) => m.seq)).toEqual([7]);
    expect(rest.body.nextCursor).toBeNull();
    // A cursor carries its direction: a pager that hands back only limit and cursor keeps the order.
    const onlyCursor = await asUser(server, b).get(`/conversations/${conversation.id}/messages?limit=4&cursor=${after.body.nextCursor}`);
    expect(onlyCursor.body.data.map((m: { seq: number }) => m.seq)).toEqual([7]);
    const backwards = await asUser(server, b).get(`/conversations/${conversation.id}/messages?after=0&limit=3&cursor=${newest.body.nextCursor}`);
    expect(backwards.body.data.map((m: { seq: number }) => m.seq)).toEqual([4, 3, 2]);
    expect((await asUser(server, b).get(`/conversations/${conversation.id}/messages?cursor=x7`)).status).toBe(400);
    // Ten digits past any seq there can be (a /sync cursor on PostgreSQL looks like this): 400 on both databases.
    for (const cursor of ['2147483648', 'b2147483648', 'a9999999999']) {
      const beyond = await asUser(server, b).get(`/conversations/${conversation.id}/messages?cursor=${cursor}`);
      expect(beyond.status).toBe(400);
      expect(beyond.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await asUser(server, b).get(`/conversations/${conversation.id}/messages?before=3&after=1`)).status).toBe(400);

    const message = newest.body.data[0];
    expect(message).toMatchObject({
      conversationId: conversation.id,
      senderId: a,
      content: 'message 7',
      messageType: 'TEXT',
      isDeleted: false,
      isEdited: false,
      moderation: { status: 'clean', reasons: [] },
      sender: { id: a },
    });
    const one = await asUser(server, a).get(`/messages/${message.id}`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(message.id);
  });

  it('keeps seq exactly 1..50 under 50 concurrent sends from several senders', async () => {
    const users = [uniqueId(), uniqueId(), uniqueId(), uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, users[0] as string, users.slice(1), { type: 'GROUP' });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        asUser(server, users[i % users.length] as string).post(`/conversations/${conversation.id}/messages`, { content: `n${i}` }),
      ),
    );
    expect(responses.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const seqs = responses.map((r) => r.body.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await asUser(server, users[1] as string).get(`/conversations/${conversation.id}/messages?after=0&limit=100`);
    expect(stored.body.data.map((m: { seq: number }) => m.seq)).toEqual(seqs);
    expect((await asUser(server, users[1] as string).get(`/conversations/${conversation.id}`)).body.lastSeq).toBe(50);
  });

  it('sends a message once for five concurrent sends with one clientMessageId', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        asUser(server, a).post(`/conversations/${conversation.id}/messages`, { content: 'hello once', clientMessageId: 'c-123' }),
      ),
    );
    const ids = new Set(responses.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(4);
    const list = await asUser(server, a).get(`/conversations/${conversation.id}/messages`);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ seq: 1, clientMessageId: 'c-123' });
    // Another sender may use the same client id: it is scoped to its sender.
    const other = await buildConversation(server, a, [uniqueId(), uniqueId()], { type: 'GROUP' });
    const b = other.participants[1].userId;
    expect((await asUser(server, a).post(`/conversations/${other.id}/messages`, { content: 'x', clientMessageId: 'same' })).status).toBe(201);
    expect((await asUser(server, b).post(`/conversations/${other.id}/messages`, { content: 'y', clientMessageId: 'same' })).status).toBe(201);
  });

  it('replies within the conversation only', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const question = await sendMessage(server, b, conversation.id, 'Does it come with a lens?');
    const answer = await sendMessage(server, a, conversation.id, 'Yes, a 50mm', { replyToId: question.id });
    expect(answer.replyTo).toMatchObject({ id: question.id, senderId: b, preview: 'Does it come with a lens?', isDeleted: false });

    const elsewhere = await buildConversation(server, a, [uniqueId()]);
    const foreign = await sendMessage(server, a, elsewhere.id, 'other');
    const refused = await asUser(server, a).post(`/conversations/${conversation.id}/messages`, { content: 'x', replyToId: foreign.id });
    expect(refused.status).toBe(400);
  });

  it('answers 404 to everyone outside the conversation, 401 without credentials', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'private');
    const outsider = asUser(server, uniqueId());
    expect((await outsider.post(`/conversations/${conversation.id}/messages`, { content: 'hi' })).status).toBe(404);
    expect((await outsider.get(`/conversations/${conversation.id}/messages`)).status).toBe(404);
    expect((await outsider.get(`/messages/${message.id}`)).status).toBe(404);
    expect((await outsider.post(`/messages/${message.id}/read`)).status).toBe(404);
    expect((await anonymous(server).post(`/conversations/${conversation.id}/messages`, { content: 'hi' })).status).toBe(401);
    expect((await asService(server).post(`/conversations/${conversation.id}/messages`, { content: 'hi' })).status).toBe(403);
    const list = await asUser(server, a).get(`/conversations/${conversation.id}/messages`);
    expect(list.body.data).toHaveLength(1);
  });

  it('refuses bad messages and stores none of them', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const path = `/conversations/${conversation.id}/messages`;
    const bad: unknown[] = [
      {},
      { content: '' },
      { content: '    \n\t ' },
      // Nothing visible: zero-width spaces and joiners, a Hangul filler.
      { content: '\u200b\u200b' },
      { content: ' \u200d\u2060 \u3164 ' },
      { content: 'x'.repeat(4001) },
      { content: 42 },
      { content: ['a'] },
      { content: 'ok', messageType: 'SYSTEM' },
      { content: 'ok', messageType: 'POSTCARD' },
      // No attachment, so not an image.
      { content: 'ok', messageType: 'IMAGE' },
      { content: 'ok', clientMessageId: '' },
      { content: 'ok', clientMessageId: 'x'.repeat(129) },
      { content: 'nul \u0000 inside' },
      // Half an emoji: no database would store it as sent.
      { content: 'cut short \ud83d' },
      { content: 'lone \ude00 low half' },
      { content: 'ok', clientMessageId: 'c-\ud800' },
      { content: 'ok', sneaky: true },
    ];
    for (const body of bad) {
      const response = await asUser(server, a).post(path, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    // A value outside a list is answered with the list.
    const postcard = await asUser(server, a).post(path, { content: 'ok', messageType: 'POSTCARD' });
    expect(postcard.body.error.message).toBe('body/messageType must be one of: TEXT, IMAGE, FILE, AUDIO, VIDEO');
    expect((await asUser(server, a).get(`/conversations/${conversation.id}/messages`)).body.data).toEqual([]);
    // 4,000 characters of emoji are 4,000 characters, not 8,000 UTF-16 units.
    expect((await asUser(server, a).post(path, { content: '😀'.repeat(4000) })).status).toBe(201);
    // The limit counts what is left after trimming: whitespace around a full-length text does not count.
    const padded = await asUser(server, a).post(path, { content: `  ${'y'.repeat(4000)}\n ` });
    expect(padded.status).toBe(201);
    expect(padded.body.content).toBe('y'.repeat(4000));
    expect((await asUser(server, a).post(path, { content: ` ${'y'.repeat(4001)} ` })).status).toBe(400);
    expect((await asUser(server, a).patch(`/messages/${padded.body.id}`, { content: ` ${'z'.repeat(4000)} ` })).status).toBe(200);
    expect((await asUser(server, a).patch(`/messages/${padded.body.id}`, { content: ` ${'z'.repeat(4001)} ` })).status).toBe(400);
    for (const query of ['before=-1', 'after=x', 'limit=500', 'before=1&after=2', 'cursor=abc']) {
      expect((await asUser(server, a).get(`${path}?${query}`)).status, query).toBe(400);
    }
    const list = await asUser(server, a).get(path);
    expect(list.body.data.map((m: { content: string }) => m.content)).toEqual(['z'.repeat(4000), '😀'.repeat(4000)]);
  });
});
