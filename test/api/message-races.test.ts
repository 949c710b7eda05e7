// Changes to one message or conversation sent at the same moment take turns: an edit or a
// reaction racing a delete, a close or a block is decided on the message and conversation as the
// other change left them. On PostgreSQL each transaction reads what committed before its statements,
// so without the turn an edit that read the message before a delete committed wrote its text
// after it (into the preview, the log and /sync).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { committedEvents } from '../support/log.js';
import { databaseKinds } from '../support/services.js';

const TRIALS = 12;

describe.each(databaseKinds())('changes racing on one message on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The conversation's events in log order, as [type, data]. */
  const eventsOf = async (conversationId: string) =>
    (await committedEvents(server))
      .filter((row) => row.conversation_id === conversationId)
      .map((row) => ({ type: row.type, data: JSON.parse(row.data) as { id?: string; content?: string; isDeleted?: boolean } }));

  it('an edit racing a delete never brings the text back', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const [seller, buyer] = [uniqueId('s'), uniqueId('b')];
      const conversation = await buildConversation(server, seller, [buyer]);
      const message = (await sendMessage(server, seller, conversation.id, 'the original text')) as { id: string };
      const [deleted, edited] = await Promise.all([
        asUser(server, seller).delete(`/messages/${message.id}`),
        asUser(server, seller).patch(`/messages/${message.id}`, { content: 'written while it was deleted' }),
      ]);
      expect(deleted.status).toBe(204);
      // Either the edit came first and the delete blanked it, or it found the message deleted.
      expect([200, 404, 409]).toContain(edited.status);

      const seen = await asUser(server, buyer).get(`/conversations/${conversation.id}`);
      expect(JSON.stringify(seen.body)).not.toContain('written while it was deleted');
      const events = await eventsOf(conversation.id);
      const deletedAt = events.findIndex((e) => e.type === 'message.deleted');
      expect(deletedAt).toBeGreaterThan(-1);
      // Nothing after the delete puts the message back.
      expect(events.slice(deletedAt + 1).filter((e) => e.type === 'message.updated' && e.data.id === message.id)).toEqual([]);
      expect(JSON.stringify(events)).not.toContain('written while it was deleted');
    }
  });

  it('an edit or a reaction racing a close is refused once the close has committed', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const [seller, buyer] = [uniqueId('s'), uniqueId('b')];
      const conversation = await buildConversation(server, seller, [buyer]);
      const mine = (await sendMessage(server, seller, conversation.id, 'see you at six')) as { id: string };
      const theirs = (await sendMessage(server, buyer, conversation.id, 'great')) as { id: string };
      const [closed, edited, reacted] = await Promise.all([
        asUser(server, seller).patch(`/conversations/${conversation.id}`, { status: 'closed' }),
        asUser(server, seller).patch(`/messages/${mine.id}`, { content: 'see you at seven' }),
        asUser(server, buyer).post(`/messages/${theirs.id}/reactions`, { emoji: '👍' }),
      ]);
      expect(closed.status).toBe(200);
      const events = await eventsOf(conversation.id);
      const closedAt = events.findIndex((e) => e.type === 'conversation.updated' && JSON.stringify(e.data).includes('"closed"'));
      expect(closedAt).toBeGreaterThan(-1);
      // Whatever was accepted was written before the close; nothing changes the conversation after it.
      const after = events.slice(closedAt + 1).map((e) => e.type);
      expect(after.filter((type) => type === 'message.updated' || type === 'reaction.added')).toEqual([]);
      if (edited.status !== 200) expect(edited.status).toBe(409);
      if (reacted.status !== 201 && reacted.status !== 200) expect(reacted.status).toBe(409);
    }
  });

  it('a send, an edit or a reaction racing a block of their DIRECT conversation is refused once the block has committed', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const [seller, buyer] = [uniqueId('s'), uniqueId('b')];
      const conversation = await buildConversation(server, seller, [buyer]);
      const mine = (await sendMessage(server, buyer, conversation.id, 'is it still for sale?')) as { id: string };
      const theirs = (await sendMessage(server, seller, conversation.id, 'yes')) as { id: string };
      const [blocked, sent, edited, reacted] = await Promise.all([
        asUser(server, seller).post('/blocks', { userId: buyer }),
        asUser(server, buyer).post(`/conversations/${conversation.id}/messages`, { content: 'sent as the block came' }),
        asUser(server, buyer).patch(`/messages/${mine.id}`, { content: 'edited as the block came' }),
        asUser(server, buyer).post(`/messages/${theirs.id}/reactions`, { emoji: '👍' }),
      ]);
      expect(blocked.status).toBe(201);
      const log = await committedEvents(server);
      const blockedAt = log.findIndex((row) => row.type === 'user.blocked' && row.actor_id === seller);
      expect(blockedAt).toBeGreaterThan(-1);
      // Whatever was accepted was written before the block; nothing the buyer does lands after it.
      const after = log.slice(blockedAt + 1).filter((row) => row.conversation_id === conversation.id);
      expect(after.map((row) => row.type)).toEqual([]);
      for (const [answer, accepted] of [
        [sent, 201],
        [edited, 200],
      ] as const) {
        if (answer.status !== accepted) expect(answer.body).toMatchObject({ error: { code: 'USER_BLOCKED' } });
      }
      if (reacted.status !== 201 && reacted.status !== 200) expect(reacted.body).toMatchObject({ error: { code: 'USER_BLOCKED' } });
    }
  });
});
