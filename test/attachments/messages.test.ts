// Messages that carry files: linking on send (all or nothing), message types, attachments in
// every view, event and sync page with links signed for each reader, and deletion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beforeNextStore, DRIVERS, fetchLink, jpegWithGps, pdf, png, type S3Server, startS3, storedObjects, upload } from '../support/attachments.js';
import { ADMIN_ID, asService, asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { waitUntil } from '../support/wait.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';

const combos = databaseKinds().flatMap((database) => DRIVERS.map((driver) => ({ database, driver })));

describe.each(combos)('messages with attachments on $database with the $driver driver', ({ database, driver }) => {
  let server: TestServer;
  let s3: S3Server | undefined;

  beforeAll(async () => {
    s3 = driver === 's3' ? await startS3() : undefined;
    server = await startServer(database, s3?.env ?? {});
  });
  afterAll(async () => {
    await server?.stop();
    await s3?.stop();
  });

  const uploadAs = async (userId: string, name: string, bytes: Uint8Array, fields: Record<string, string> = {}) => {
    const response = await upload(server, userId, { name, bytes }, fields);
    expect(response.status).toBe(201);
    return response.body as { id: string; url: string; thumbnailUrl: string | null };
  };
  const signedFor = (link: string) => new URL(link, server.baseUrl).searchParams.get('u');
  const lastSeq = async (userId: string, conversationId: string) =>
    (await asUser(server, userId).get(`/conversations/${conversationId}`)).body.lastSeq as number;

  it('sends a photo without text: IMAGE, visible to the participants with links signed for each', async () => {
    const buyer = uniqueId('buyer');
    const seller = uniqueId('seller');
    const conversation = await buildConversation(server, buyer, [seller]);
    const photo = await uploadAs(buyer, 'scratch.jpg', await jpegWithGps(), { conversationId: conversation.id });
    // Not sent yet: only the uploader sees it.
    expect((await asUser(server, seller).get(`/attachments/${photo.id}`)).status).toBe(404);

    const socket = connectSocketIo(server, { userId: seller });
    await socket.inbox.next('authenticated');
    const ws = connectWebSocket(server, { userId: seller });
    await ws.opened;
    const cursor = (await asUser(server, seller).get('/sync')).body.cursor as string;

    const sent = await asUser(server, buyer).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [photo.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.messageType).toBe('IMAGE');
    expect(sent.body.content).toBe('');
    expect(sent.body.attachments).toHaveLength(1);
    expect(sent.body.attachments[0]).toMatchObject({ id: photo.id, name: 'scratch.jpg', mimeType: 'image/jpeg' });
    expect(signedFor(sent.body.attachments[0].url)).toBe(buyer);

    // Every view the seller gets is signed for the seller, and the link opens the file.
    const listed = await asUser(server, seller).get(`/conversations/${conversation.id}/messages`);
    const seen = listed.body.data[0].attachments[0];
    expect(signedFor(seen.url)).toBe(seller);
    expect(signedFor(seen.thumbnailUrl)).toBe(seller);
    const download = await fetchLink(server, seen.url);
    expect(download.status).toBe(200);
    expect((await fetchLink(server, seen.thumbnailUrl)).status).toBe(200);
    expect((await asUser(server, seller).get(`/messages/${sent.body.id}`)).body.attachments[0].id).toBe(photo.id);

    const viaSocketIo = await socket.inbox.next('new_message', (m) => m.id === sent.body.id);
    const socketAttachment = (viaSocketIo.payload.attachments as { url: string }[])[0] as { url: string };
    expect(signedFor(socketAttachment.url)).toBe(seller);
    expect((await fetchLink(server, socketAttachment.url)).status).toBe(200);
    const viaWs = await ws.inbox.next('new_message', (m) => m.id === sent.body.id);
    expect(signedFor((viaWs.payload.attachments as { url: string }[])[0]?.url as string)).toBe(seller);

    const sync = await asUser(server, seller).get(`/sync?since=${cursor}`);
    const event = sync.body.events.find((e: { type: string }) => e.type === 'message.sent');
    expect(signedFor(event.data.attachments[0].url)).toBe(seller);
    // The conversation list shows what was sent.
    expect((await asUser(server, seller).get(`/conversations/${conversation.id}`)).body.lastMessage.preview).toContain('scratch.jpg');
    socket.close();
    ws.close();
  });

  it('messageType follows the files unless given', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const send = (body: Record<string, unknown>) => asUser(server, alice).post(`/conversations/${conversation.id}/messages`, body);
    const quote = await uploadAs(alice, 'quote.pdf', pdf(2000));
    expect((await send({ content: 'the quote', attachmentIds: [quote.id] })).body.messageType).toBe('FILE');
    const a = await uploadAs(alice, 'a.png', await png());
    const b = await uploadAs(alice, 'b.png', await png());
    expect((await send({ attachmentIds: [a.id, b.id] })).body.messageType).toBe('IMAGE');
    const c = await uploadAs(alice, 'c.png', await png());
    const d = await uploadAs(alice, 'd.pdf', pdf(100));
    const mixed = await send({ attachmentIds: [c.id, d.id] });
    expect(mixed.body.messageType).toBe('FILE');
    expect(mixed.body.attachments.map((x: { id: string }) => x.id)).toEqual([c.id, d.id]);
    const e = await uploadAs(alice, 'e.png', await png());
    expect((await send({ content: 'look', messageType: 'FILE', attachmentIds: [e.id] })).body.messageType).toBe('FILE');
    // A type the files do not make is refused, and the files stay unsent.
    const f = await uploadAs(alice, 'f.pdf', pdf(100));
    const wrong = await send({ content: 'a picture?', messageType: 'IMAGE', attachmentIds: [f.id] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'messageType IMAGE does not match the message: its attachments make it FILE' });
    expect((await send({ content: 'now as a file', attachmentIds: [f.id] })).status).toBe(201);
    // Neither text nor files; an empty list of files is none (a client that always sends the field).
    expect((await send({})).status).toBe(400);
    expect((await send({ content: '   ' })).status).toBe(400);
    expect((await send({ attachmentIds: [] })).status).toBe(400);
    const textOnly = await send({ content: 'no files', attachmentIds: [] });
    expect(textOnly.status).toBe(201);
    expect(textOnly.body).toMatchObject({ messageType: 'TEXT', attachments: [] });
  });

  it('refuses bad attachmentIds with nothing sent and nothing linked', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const other = await buildConversation(server, alice, [uniqueId('carol')]);
    const send = (body: Record<string, unknown>, as = alice, to = conversation.id) =>
      asUser(server, as).post(`/conversations/${to}/messages`, body);
    const before = await lastSeq(alice, conversation.id);
    const mine = await uploadAs(alice, 'mine.png', await png());
    const bobs = await uploadAs(bob, 'bobs.png', await png());

    const eleven = await Promise.all(Array.from({ length: 11 }, (_, i) => uploadAs(alice, `f${i}.pdf`, pdf(100))));
    expect((await send({ attachmentIds: eleven.map((f) => f.id) })).status).toBe(400);
    expect((await send({ attachmentIds: [mine.id, bobs.id] })).status).toBe(404); // another user's
    expect((await send({ attachmentIds: [mine.id, 'no-such-file'] })).status).toBe(404);
    expect((await send({ attachmentIds: [mine.id, mine.id] })).status).toBe(400);
    const forOther = await uploadAs(alice, 'other.png', await png(), { conversationId: other.id });
    expect((await send({ attachmentIds: [forOther.id] })).status).toBe(400);
    expect(await lastSeq(alice, conversation.id)).toBe(before);
    // Nothing was linked: bob still cannot see alice's file, and it can still be sent once.
    expect((await asUser(server, bob).get(`/attachments/${mine.id}`)).status).toBe(404);
    expect((await send({ attachmentIds: [mine.id] })).status).toBe(201);
    const again = await send({ attachmentIds: [mine.id] });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/already sent/);
    expect((await send({ attachmentIds: [mine.id] }, alice, other.id)).status).toBe(400);
    expect(await lastSeq(alice, conversation.id)).toBe(before + 1);
  });

  it('deleting a message removes its files from every listing and from storage', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const photo = await uploadAs(alice, 'p.png', await png());
    await server.parley.ctx.attachments.thumbnails.ensure(photo.id);
    const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [photo.id] });
    const link = sent.body.attachments[0].url as string;
    expect((await storedObjects(server)).filter((key) => key.includes(photo.id))).toHaveLength(2);

    expect((await asUser(server, alice).delete(`/messages/${sent.body.id}`)).status).toBe(204);
    const tombstone = await asUser(server, bob).get(`/messages/${sent.body.id}`);
    expect(tombstone.body).toMatchObject({ isDeleted: true, attachments: [] });
    expect((await asUser(server, alice).get(`/attachments/${photo.id}`)).status).toBe(404);
    expect((await fetchLink(server, link)).status).toBe(404);
    expect((await storedObjects(server)).filter((key) => key.includes(photo.id))).toEqual([]);
  });

  it("a moderator's removal takes the message's files with it, for everyone and from storage", async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const photo = await uploadAs(alice, 'abusive.png', await png());
    await server.parley.ctx.attachments.thumbnails.ensure(photo.id);
    const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [photo.id] });
    const bobsLink = (await asUser(server, bob).get(`/messages/${sent.body.id}`)).body.attachments[0].url as string;
    expect((await fetchLink(server, bobsLink)).status).toBe(200);

    const removed = await asUser(server, ADMIN_ID).post(`/admin/messages/${sent.body.id}/moderation`, { action: 'remove' });
    expect(removed.status).toBe(200);
    expect((await asUser(server, bob).get(`/messages/${sent.body.id}`)).body).toMatchObject({ isDeleted: true, attachments: [] });
    expect((await fetchLink(server, bobsLink)).status).toBe(404);
    expect((await asUser(server, alice).get(`/attachments/${photo.id}`)).status).toBe(404);
    expect((await asUser(server, alice).get(`/attachments/${photo.id}/thumbnail`)).status).toBe(404);
    expect((await storedObjects(server)).filter((key) => key.includes(photo.id))).toEqual([]);
  });

  it('moderators see the files of what they review, with links that open for them; an approval keeps the files in its event', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const send = (body: Record<string, unknown>) => asUser(server, alice).post(`/conversations/${conversation.id}/messages`, body);
    // Three masked messages (MODERATION_ESCALATE_AFTER): alice's next one is queued for review.
    for (let i = 0; i < 3; i++) expect((await send({ content: `or text 415 555 019${i}` })).body.moderation.status).toBe('masked');
    const photo = await uploadAs(alice, 'camera.png', await png());
    const sent = await send({ content: 'the camera', attachmentIds: [photo.id] });
    expect(sent.body.moderation.status).toBe('flagged');
    const outsider = uniqueId('eve');
    const eveLink = server.parley.ctx.attachments.signer.sign(photo.id, 'file', outsider);

    const queue = (await asUser(server, ADMIN_ID).get('/admin/moderation/queue?limit=100')).body.data;
    const item = queue.find((i: { target: { id: string } }) => i.target.id === sent.body.id);
    expect(item.message.attachments).toEqual([expect.objectContaining({ id: photo.id, name: 'camera.png' })]);
    expect(signedFor(item.message.attachments[0].url)).toBe(ADMIN_ID);
    expect((await fetchLink(server, item.message.attachments[0].url)).status).toBe(200);
    const read = await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=flag%20review`);
    const seen = read.body.data.find((m: { id: string }) => m.id === sent.body.id);
    expect(seen.attachments).toEqual([expect.objectContaining({ id: photo.id })]);
    expect((await fetchLink(server, seen.attachments[0].thumbnailUrl)).status).toBe(200);
    // Not the plain path: that would be a read with no reason and no audit entry.
    expect((await asUser(server, ADMIN_ID).get(`/attachments/${photo.id}`)).status).toBe(404);
    expect((await asUser(server, ADMIN_ID).get(`/attachments/${photo.id}/thumbnail`)).status).toBe(404);
    // Anyone else outside the conversation still finds nothing.
    expect((await fetchLink(server, eveLink)).status).toBe(404);
    expect((await asUser(server, outsider).get(`/attachments/${photo.id}`)).status).toBe(404);

    const cursor = (await asUser(server, bob).get('/sync')).body.cursor as string;
    const approved = await asUser(server, ADMIN_ID).post(`/admin/messages/${sent.body.id}/moderation`, { action: 'approve' });
    expect(approved.body.attachments).toEqual([expect.objectContaining({ id: photo.id })]);
    let updated: { data: { attachments: { id: string; url: string }[] } } | undefined;
    // On PostgreSQL the log is read below the oldest transaction in flight: wait for it.
    await waitUntil(async () => {
      const events = (await asUser(server, bob).get(`/sync?since=${cursor}`)).body.events as { type: string; data: never }[];
      updated = events.find((e) => e.type === 'message.updated');
      return updated !== undefined;
    }, 'message.updated after the approval');
    expect(updated?.data.attachments).toEqual([expect.objectContaining({ id: photo.id })]);
    expect(signedFor(updated?.data.attachments[0]?.url ?? '')).toBe(bob);
  });

  it('deleting a conversation for everyone removes the files sent in it, from the uploader too and from storage', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const photo = await uploadAs(alice, 'p.png', await png());
    const document = await uploadAs(bob, 'terms.pdf', pdf(2_000));
    await server.parley.ctx.attachments.thumbnails.ensure(photo.id);
    const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [photo.id] });
    expect((await asUser(server, bob).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [document.id] })).status).toBe(201);
    const link = sent.body.attachments[0].url as string;
    expect((await fetchLink(server, link)).status).toBe(200);

    expect((await asUser(server, ADMIN_ID).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    expect((await fetchLink(server, link)).status).toBe(404);
    expect((await asUser(server, alice).get(`/attachments/${photo.id}`)).status).toBe(404);
    expect((await asUser(server, bob).get(`/attachments/${document.id}`)).status).toBe(404);
    const left = (await storedObjects(server)).filter((key) => key.includes(photo.id) || key.includes(document.id));
    expect(left).toEqual([]);
  });

  it('an upload whose conversation is deleted for everyone while its bytes are stored answers 404 and leaves nothing stored', async () => {
    const alice = uniqueId('alice');
    const conversation = await buildConversation(server, alice, [uniqueId('bob')]);
    const before = await storedObjects(server);
    // The deletion commits between the upload's membership check and its row.
    beforeNextStore(server, async () => {
      expect((await asService(server).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    });
    const response = await upload(server, alice, { name: 'late.pdf', bytes: pdf(1_000), type: 'application/pdf' }, { conversationId: conversation.id });
    expect(response.status).toBe(404);
    expect(await storedObjects(server)).toEqual(before);
  });

  it('deleting a conversation for everyone removes the files uploaded for it and not sent yet, thumbnails too; other unsent files stay', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const other = await buildConversation(server, alice, [uniqueId('carol')]);
    const draft = await uploadAs(alice, 'draft.png', await png(), { conversationId: conversation.id });
    const quote = await uploadAs(bob, 'quote.pdf', pdf(2_000), { conversationId: conversation.id });
    const elsewhere = await uploadAs(alice, 'elsewhere.png', await png(), { conversationId: other.id });
    const anywhere = await uploadAs(alice, 'anywhere.pdf', pdf(1_000));
    for (const photo of [draft, elsewhere]) await server.parley.ctx.attachments.thumbnails.ensure(photo.id);
    const storedOf = async (id: string) => (await storedObjects(server)).filter((key) => key.includes(id));
    expect(await storedOf(draft.id)).toHaveLength(2);
    expect((await fetchLink(server, draft.url)).status).toBe(200);
    expect((await asService(server).get(`/attachments/${quote.id}`)).status).toBe(200);

    expect((await asService(server).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    for (const [uploader, file] of [
      [alice, draft],
      [bob, quote],
    ] as const) {
      expect((await asUser(server, uploader).get(`/attachments/${file.id}`)).status).toBe(404);
      expect((await asService(server).get(`/attachments/${file.id}`)).status).toBe(404);
      expect((await fetchLink(server, file.url)).status).toBe(404);
      expect(await storedOf(file.id)).toEqual([]);
    }
    expect((await fetchLink(server, draft.thumbnailUrl as string)).status).toBe(404);
    // Files for another conversation, or for none, are still the uploader's to send.
    for (const file of [elsewhere, anywhere]) expect((await asUser(server, alice).get(`/attachments/${file.id}`)).status).toBe(200);
    expect(await storedOf(elsewhere.id)).toHaveLength(2);
    expect(await storedOf(anywhere.id)).toHaveLength(1);
    expect((await asUser(server, alice).post(`/conversations/${other.id}/messages`, { attachmentIds: [elsewhere.id, anywhere.id] })).status).toBe(201);
  });
});
