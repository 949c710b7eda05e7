// The chat page in a real Chromium, against a real Parley: two users in two browser contexts.
// Screenshots go to a temporary folder; with UPDATE_SCREENSHOTS=1 they replace the ones in
// docs/screenshots/ that the README shows, so an ordinary run leaves the working tree clean.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, openChat } from '../support/browser.js';
import { asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';

const run = browserAvailable();
let SCREENSHOTS: string;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    SCREENSHOTS = 'docs/screenshots';
    mkdirSync(SCREENSHOTS, { recursive: true });
  } else {
    SCREENSHOTS = mkdtempSync(path.join(tmpdir(), 'parley-screenshots-'));
  }
  server = await startServer('sqlite', { MODERATION_CONTACT_INFO: 'mask' });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const thread = (page: Page) => page.getByRole('log');
const messageText = (page: Page, text: string) => thread(page).locator('.message:not(.pending) .content', { hasText: text });
const conversationButton = (page: Page, name: string) => page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(name) });

/** Whether this build moderates sends and takes attachments on messages: the two tests that need it say so when skipped. */
async function serverCan(what: 'moderate' | 'attach'): Promise<boolean> {
  const [alice, bob] = [uniqueId('probe'), uniqueId('probe')];
  const conversation = await buildConversation(server, alice, [bob]);
  const body = what === 'moderate' ? { content: 'call me on 0612 345 678' } : { content: 'probe', attachmentIds: [] };
  const response = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, body);
  if (what === 'moderate') return response.body?.moderation?.status === 'masked';
  // An empty list is refused for its length where attachments are known, as an unknown field where not.
  return response.status === 201 || !/additional/i.test(JSON.stringify(response.body));
}

async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

describe.skipIf(!run)('the chat page in Chromium', { timeout: 90_000 }, () => {
  it('lets two users chat in real time, with typing, read receipts, replies and reactions', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const a = await openChat(browser, server.baseUrl, alice);
    const b = await openChat(browser, server.baseUrl, bob);

    // Alice starts a conversation about a listing, only with the keyboard.
    await a.page.getByText('Start a conversation').click();
    await a.page.getByLabel('With user id').fill(bob);
    await a.page.getByLabel('About (optional)').fill('Vintage camera');
    await a.page.getByLabel('About (optional)').press('Enter');
    await expect.poll(() => composer(a.page).evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await send(a.page, 'Hi! Is the camera still available?');
    await messageText(a.page, 'Is the camera still available?').waitFor();

    // Bob sees it arrive, unread, with what it is about.
    const bobsEntry = conversationButton(b.page, alice);
    await bobsEntry.getByLabel('1 unread').waitFor();
    await expect.poll(() => bobsEntry.textContent()).toContain('listing: Vintage camera');
    await bobsEntry.click();
    await messageText(b.page, 'Is the camera still available?').waitFor();

    // Alice sees that Bob read it, then that he is typing.
    await a.page.getByTestId('receipt').filter({ hasText: 'Read' }).waitFor();
    await composer(b.page).pressSequentially('Yes');
    await a.page.getByText(`${bob} is typing…`).waitFor();
    await composer(b.page).pressSequentially(', it is. Would you like to make an offer?');
    await composer(b.page).press('Enter');
    await messageText(a.page, 'Would you like to make an offer?').waitFor();
    await expect.poll(() => a.page.getByText(`${bob} is typing…`).count()).toBe(0);

    // A reply and a reaction travel too.
    const offer = a.page.locator('.message', { hasText: 'Would you like to make an offer?' });
    await offer.getByRole('button', { name: 'Reply' }).click();
    await send(a.page, 'Would 120 work?');
    await b.page.locator('.message', { hasText: 'Would 120 work?' }).locator('.reply-to', { hasText: 'Would you like to make an offer?' }).waitFor();
    await b.page.locator('.message', { hasText: 'Would 120 work?' }).getByRole('button', { name: 'React with 👍' }).click();
    await a.page.locator('.message', { hasText: 'Would 120 work?' }).getByRole('button', { name: '👍 1' }).waitFor();

    // An edit and a delete reach the other side.
    const mine = a.page.locator('.message', { hasText: 'Would 120 work?' });
    await mine.getByRole('button', { name: 'Edit' }).click();
    await composer(a.page).fill('Would 110 work?');
    await composer(a.page).press('Enter');
    await b.page.locator('.message', { hasText: 'Would 110 work?' }).getByText('(edited)').waitFor();
    // Typed at once after saving an edit, before its answer: a new message, not lost, not an edit.
    await send(a.page, 'Oops, ignore this');
    await messageText(b.page, 'Oops, ignore this').waitFor();
    await a.page.locator('.message', { hasText: 'Oops, ignore this' }).getByRole('button', { name: 'Delete' }).click();
    await b.page.getByText('This message was deleted.').waitFor();

    await a.page.screenshot({ path: `${SCREENSHOTS}/chat.png` });
    await a.context.close();
    await b.context.close();
  });

  it('leaves no replaced or deleted text on screen: quotes and the list line follow edits and deletes live', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    const question = await sendMessage(server, alice, conversation.id, 'original question');
    const b = await openChat(browser, server.baseUrl, bob);
    await conversationButton(b.page, alice).click();
    await messageText(b.page, 'original question').waitFor();
    await sendMessage(server, bob, conversation.id, 'my reply', { replyToId: question.id });
    const quote = b.page.locator('.message', { hasText: 'my reply' }).locator('.reply-to');
    await expect.poll(() => quote.textContent()).toContain('original question');

    expect((await asUser(server, alice).patch(`/messages/${question.id}`, { content: 'edited question' })).status).toBe(200);
    await expect.poll(() => quote.textContent()).toContain('edited question');
    expect(await quote.textContent()).not.toContain('original question');
    expect((await asUser(server, alice).delete(`/messages/${question.id}`)).status).toBe(204);
    await expect.poll(() => quote.textContent()).toContain('a deleted message');

    // A reply deleted by its sender is a tombstone as the server keeps it: no quote, no reactions.
    const reply = (await asUser(server, bob).get(`/conversations/${conversation.id}/messages?limit=5`)).body.data.find((m: { content: string }) => m.content === 'my reply');
    expect((await asUser(server, alice).post(`/messages/${reply.id}/reactions`, { emoji: '👍' })).status).toBe(201);
    const replyBubble = b.page.locator(`.message[data-message-id="${reply.id}"]`);
    await replyBubble.locator('.reactions').waitFor();
    expect((await asUser(server, bob).delete(`/messages/${reply.id}`)).status).toBe(204);
    await replyBubble.locator('.tombstone').waitFor();
    expect(await replyBubble.locator('.reactions, .reply-to').count()).toBe(0);

    const regretted = await sendMessage(server, alice, conversation.id, 'regretted last words');
    const entry = conversationButton(b.page, alice);
    await expect.poll(() => entry.textContent()).toContain('regretted last words');
    expect((await asUser(server, alice).delete(`/messages/${regretted.id}`)).status).toBe(204);
    await expect.poll(() => entry.textContent()).not.toContain('regretted last words');
    expect(await b.page.content()).not.toContain('regretted last words');
    await b.context.close();
  });

  it('counts unread messages on the badge and clears it when the conversation is read', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob], { context: { type: 'job', id: 'j1', title: 'Fix the sink' } });
    const b = await openChat(browser, server.baseUrl, bob);
    const sent = [];
    for (const content of ['one', 'two', 'three', 'taken back']) sent.push(await sendMessage(server, alice, conversation.id, content));
    const entry = conversationButton(b.page, alice);
    await entry.getByLabel('4 unread').waitFor();
    // A message deleted before it was read leaves the count.
    expect((await asUser(server, alice).delete(`/messages/${sent[3]!.id}`)).status).toBe(204);
    await entry.getByLabel('3 unread').waitFor();
    await expect.poll(() => entry.textContent()).not.toContain('taken back');
    await entry.click();
    await messageText(b.page, 'three').waitFor();
    await expect.poll(() => entry.getByTestId('unread-badge').count()).toBe(0);
    await expect.poll(async () => (await asUser(server, bob).get('/me/unread')).body.totalUnread).toBe(0);
    await b.context.close();
  });

  it('sends an image and shows its thumbnail on both sides', async (test) => {
    if (!(await serverCan('attach'))) test.skip('messages do not take attachmentIds on this build');
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    await buildConversation(server, alice, [bob]);
    const a = await openChat(browser, server.baseUrl, alice);
    const b = await openChat(browser, server.baseUrl, bob);
    await conversationButton(a.page, bob).click();
    await conversationButton(b.page, alice).click();
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 200 } } }).png().toBuffer();
    await a.page.getByLabel('Attach a file').setInputFiles({ name: 'camera.png', mimeType: 'image/png', buffer: png });
    await a.page.locator('.uploads li.done').waitFor();
    await send(a.page, 'Here is a photo');
    const thumbnail = b.page.locator('.message', { hasText: 'Here is a photo' }).getByRole('img', { name: 'camera.png' });
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth > 0), { timeout: 10_000 }).toBe(true);

    // A page left open past the links' lifetime: an expired thumbnail link is refused, and the
    // page fetches the message again for fresh links rather than showing a broken image.
    const loaded = () => thumbnail.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth > 0);
    const signed = (await thumbnail.getAttribute('src')) ?? '';
    const expired = signed.replace(/exp=\d+/, 'exp=1');
    expect((await fetch(new URL(expired, server.baseUrl))).status).toBe(403);
    await thumbnail.evaluate((img, src) => ((img as unknown as { src: string }).src = src), expired);
    await expect.poll(() => thumbnail.getAttribute('src'), { timeout: 10_000 }).not.toBe(expired);
    await expect.poll(loaded, { timeout: 10_000 }).toBe(true);
    await a.context.close();
    await b.context.close();
  });

  it('shows an error when the connection drops during an upload, and retries', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    await buildConversation(server, alice, [bob]);
    const a = await openChat(browser, server.baseUrl, alice);
    await conversationButton(a.page, bob).click();
    await a.page.route('**/attachments', (route) => route.abort('connectionreset'));
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c33' } }).png().toBuffer();
    await a.page.getByLabel('Attach a file').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    await a.page.getByRole('alert').filter({ hasText: 'Upload failed' }).waitFor();
    expect(await a.page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await a.page.unroute('**/attachments');
    await a.page.getByRole('button', { name: 'Retry' }).click();
    await a.page.locator('.uploads li.done').waitFor();
    await a.page.getByRole('button', { name: 'Send' }).click();
    await thread(a.page).getByRole('img', { name: 'dot.png' }).waitFor();
    await a.context.close();
  });

  it('keeps what is typed while an edit is being saved: a new message, sent, not an edit', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    await buildConversation(server, alice, [bob]);
    const a = await openChat(browser, server.baseUrl, alice);
    await conversationButton(a.page, bob).click();
    await send(a.page, 'Pickup at noon');
    const mine = thread(a.page).locator('.message:not(.pending)', { hasText: 'Pickup at noon' });
    await mine.waitFor();
    // The edit's answer is held back until the next message has been typed and sent.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await a.page.route('**/api/v1/messages/*', async (route) => {
      if (route.request().method() === 'PATCH') await held;
      await route.continue();
    });
    await mine.getByRole('button', { name: 'Edit' }).click();
    await composer(a.page).fill('Pickup at one');
    await composer(a.page).press('Enter');
    await send(a.page, 'See you then');
    release();
    await messageText(a.page, 'Pickup at one').waitFor();
    await messageText(a.page, 'See you then').waitFor();
    expect(await composer(a.page).inputValue()).toBe('');
    const stored = (await asUser(server, bob).get('/conversations')).body.data[0].lastMessage;
    expect(stored.preview).toBe('See you then');
    await a.context.close();
  });

  it('masks a phone number for everyone and tells the sender', async (test) => {
    if (!(await serverCan('moderate'))) test.skip('sends are not moderated on this build');
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    await buildConversation(server, alice, [bob]);
    const a = await openChat(browser, server.baseUrl, alice);
    const b = await openChat(browser, server.baseUrl, bob);
    await conversationButton(a.page, bob).click();
    await conversationButton(b.page, alice).click();
    await send(a.page, 'Call me on 0612 345 678 tonight');
    const notice = a.page.getByTestId('moderation-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('a phone number');
    const received = b.page.locator('.message', { hasText: 'tonight' });
    await received.waitFor();
    // The sender's name and the time are in the message too; only its text is checked.
    expect(await received.locator('.content').textContent()).toBe('Call me on [phone number removed] tonight');
    expect(await received.locator('.moderation-note').textContent()).toContain('a phone number');
    await a.page.screenshot({ path: `${SCREENSHOTS}/masked.png` });
    await a.context.close();
    await b.context.close();
  });

  it('tells the sender why a message was refused, with the offending part highlighted', async () => {
    const blocking = await startServer('sqlite', { MODERATION_CONTACT_INFO: 'block' });
    try {
      const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
      await buildConversation(blocking, alice, [bob]);
      const a = await openChat(browser, blocking.baseUrl, alice);
      await conversationButton(a.page, bob).click();
      await send(a.page, 'Text me at 0612 345 678 please');
      const notice = a.page.getByRole('alert').filter({ hasText: 'Not sent' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('a phone number');
      expect(await notice.locator('mark').first().textContent()).toContain('0612');
      expect(await composer(a.page).inputValue()).toBe('Text me at 0612 345 678 please');
      expect((await asUser(blocking, alice).get('/conversations')).body.data[0].lastMessage).toBeNull();
      await a.page.screenshot({ path: `${SCREENSHOTS}/refused.png` });

      // A refused edit stays an edit, with the refused text to change.
      await send(a.page, 'Still available');
      const mine = thread(a.page).locator('.message:not(.pending)', { hasText: 'Still available' });
      await mine.waitFor();
      await mine.getByRole('button', { name: 'Edit' }).click();
      await composer(a.page).fill('Still available, call 0612 345 678');
      await composer(a.page).press('Enter');
      await a.page.getByRole('alert').filter({ hasText: 'Not sent' }).locator('mark', { hasText: '0612' }).waitFor();
      await a.page.getByRole('form', { name: 'Edit message' }).waitFor();
      expect(await composer(a.page).inputValue()).toBe('Still available, call 0612 345 678');
      await composer(a.page).fill('Still available, pickup Friday');
      await composer(a.page).press('Enter');
      await messageText(a.page, 'Still available, pickup Friday').waitFor();
      await a.page.getByRole('form', { name: 'Send a message' }).waitFor();
      await a.context.close();
    } finally {
      await blocking.stop();
    }
  });

  it('keeps what was typed when Parley refuses it, and says why: a start with someone who blocked the user, a send to a closed conversation', async () => {
    const [alice, blocker, bob] = [uniqueId('alice'), uniqueId('blocker'), uniqueId('bob')];
    expect((await asUser(server, blocker).post('/blocks', { userId: alice })).status).toBe(201);
    const a = await openChat(browser, server.baseUrl, alice);
    await a.page.getByText('Start a conversation', { exact: true }).click();
    const form = a.page.getByRole('form', { name: 'Start a conversation' });
    await form.getByLabel('With user id').fill(blocker);
    await form.getByLabel('About (optional)').fill('Bike');
    await form.getByRole('button', { name: 'Start' }).click();
    await a.page.getByRole('alert').filter({ hasText: /block/i }).waitFor();
    expect(await form.getByLabel('With user id').inputValue()).toBe(blocker);
    expect(await form.getByLabel('About (optional)').inputValue()).toBe('Bike');

    const conversation = await buildConversation(server, bob, [alice]);
    await a.page.reload();
    await conversationButton(a.page, bob).click();
    await composer(a.page).waitFor();
    await composer(a.page).fill('my carefully written offer');
    expect((await asUser(server, bob).patch(`/conversations/${conversation.id}`, { status: 'closed' })).status).toBe(200);
    // Closed while it was being written: the page says so at once and keeps the draft.
    await a.page.getByRole('status').filter({ hasText: 'This conversation is closed' }).waitFor();
    expect(await composer(a.page).isDisabled()).toBe(true);
    expect(await composer(a.page).inputValue()).toBe('my carefully written offer');
    await a.context.close();
  });

  it('never cuts what is typed to the limit: a message over 4,000 characters is counted, kept, and not sent until shortened', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    await buildConversation(server, bob, [alice]);
    const a = await openChat(browser, server.baseUrl, alice);
    await conversationButton(a.page, bob).click();
    const long = `${'a'.repeat(3999)}bc`;
    await composer(a.page).fill(long);
    await a.page.getByRole('alert').filter({ hasText: '4,001 characters' }).waitFor();
    expect(await composer(a.page).inputValue()).toBe(long);
    expect(await a.page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).toBe(true);
    await composer(a.page).press('Backspace');
    expect(await a.page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).toBe(false);
    await a.context.close();
  });

  it('takes a group the user was removed from out of the list and the open thread, and says so', async () => {
    const [owner, member] = [uniqueId('owner'), uniqueId('member')];
    const group = await buildConversation(server, owner, [member, uniqueId('third')], { type: 'GROUP', title: 'Moving crew' });
    const m = await openChat(browser, server.baseUrl, member);
    await conversationButton(m.page, 'Moving crew').click();
    await composer(m.page).waitFor();
    expect((await asUser(server, owner).delete(`/conversations/${group.id}/participants/${member}`)).status).toBe(204);
    await m.page.getByRole('alert').filter({ hasText: 'You were removed from this conversation.' }).waitFor();
    expect(await conversationButton(m.page, 'Moving crew').count()).toBe(0);
    expect(await composer(m.page).count()).toBe(0);
    await m.context.close();
  });

  it('delivers a message written offline once, when the connection is back', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    await buildConversation(server, alice, [bob]);
    const a = await openChat(browser, server.baseUrl, alice);
    const b = await openChat(browser, server.baseUrl, bob);
    await conversationButton(a.page, bob).click();
    await conversationButton(b.page, alice).click();

    await b.context.setOffline(true);
    await b.page.getByText('Reconnecting…').waitFor();
    await send(b.page, 'Written while offline');
    await b.page.getByText('Waiting for the connection…').waitFor();
    await sendMessage(server, alice, (await asUser(server, alice).get('/conversations')).body.data[0].id, 'Sent while Bob was away');
    await b.page.screenshot({ path: `${SCREENSHOTS}/reconnecting.png` });

    await b.context.setOffline(false);
    await messageText(a.page, 'Written while offline').waitFor();
    await messageText(b.page, 'Sent while Bob was away').waitFor();
    await expect.poll(() => b.page.getByText('Reconnecting…').count()).toBe(0);
    await expect.poll(() => b.page.getByText('Waiting for the connection…').count()).toBe(0);
    expect(await messageText(a.page, 'Written while offline').count()).toBe(1);
    expect(await messageText(b.page, 'Written while offline').count()).toBe(1);
    expect(await messageText(b.page, 'Sent while Bob was away').count()).toBe(1);
    const stored = await asUser(server, alice).get(`/conversations/${(await asUser(server, alice).get('/conversations')).body.data[0].id}/messages`);
    expect(stored.body.data.filter((m: { content: string }) => m.content === 'Written while offline')).toHaveLength(1);
    await a.context.close();
    await b.context.close();
  });

  it('shows HTML and <script> as text, and wraps a very long word', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>';
    await sendMessage(server, alice, conversation.id, attack);
    await sendMessage(server, alice, conversation.id, 'x'.repeat(3000));
    const b = await openChat(browser, server.baseUrl, bob);
    await conversationButton(b.page, alice).click();
    const shown = messageText(b.page, '<script>');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(attack);
    expect(await thread(b.page).locator('.content img, .content script, .content b').count()).toBe(0);
    expect(await b.page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    const overflow = await thread(b.page).evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each message runs in its own direction: Hebrew or Arabic right to left, among English lines.
    await sendMessage(server, alice, conversation.id, 'שלום, האופניים עדיין זמינים?');
    const hebrew = messageText(b.page, 'שלום');
    await hebrew.waitFor();
    // Run in the page, where getComputedStyle is the window's.
    const direction = (element: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(element).direction;
    expect(await hebrew.evaluate(direction)).toBe('rtl');
    expect(await messageText(b.page, '<script>').evaluate(direction)).toBe('ltr');
    await b.context.close();
  });

  it('lists every conversation, a page at a time', async () => {
    const busy = uniqueId('busy');
    for (let i = 0; i < 105; i++) await buildConversation(server, busy, [uniqueId(`buyer${i}-`)]);
    const b = await openChat(browser, server.baseUrl, busy);
    const listed = b.page.getByRole('navigation', { name: 'Conversations' }).locator('li');
    await expect.poll(() => listed.count()).toBe(100);
    await b.page.getByRole('button', { name: 'Load more conversations' }).click();
    await expect.poll(() => listed.count()).toBe(105);
    expect(await b.page.getByRole('button', { name: 'Load more conversations' }).count()).toBe(0);
    await b.context.close();
  });

  it('scrolls through 10,000 messages a page at a time', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    // Seeded through the domain in-process: the same sends as over HTTP, without 10,000 round trips.
    const { ctx } = server.parley;
    const sender = await ctx.users.actorFor(ctx.authenticator.devIdentity(alice, undefined));
    const total = 10_000;
    let next = 1;
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next <= total) await ctx.sending.send(sender, conversation.id, { content: `message ${next++}` });
      }),
    );
    const b = await openChat(browser, server.baseUrl, bob);
    const pages: string[] = [];
    b.page.on('request', (request) => {
      if (request.url().includes('/messages?')) pages.push(new URL(request.url()).search);
    });
    await conversationButton(b.page, alice).click();
    const items = thread(b.page).locator('li.message');
    await expect.poll(() => items.count()).toBe(50);
    expect(await b.page.locator('li.message').last().getAttribute('data-seq')).toBe(String(total));
    await thread(b.page).evaluate((element) => element.scrollTo(0, 0));
    await expect.poll(() => items.count()).toBe(100);
    expect(pages.some((search) => search.includes(`before=${total - 49}`))).toBe(true);
    // The view stays where it was while the older page lands above it.
    expect(await thread(b.page).evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await b.context.close();
  });

  it('fits a phone-sized screen whatever the names: a 128-character id and a title without spaces end in an ellipsis', async () => {
    const alice = `${uniqueId('alice')}_${'x'.repeat(80)}`.slice(0, 128);
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob], { context: { type: 'booking', id: 'b2', title: 'y'.repeat(150) } });
    await sendMessage(server, alice, conversation.id, 'Is the slot still free?');
    const b = await openChat(browser, server.baseUrl, bob, { width: 375, height: 800 });
    const widthOf = () => b.page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(await widthOf()).toBeLessThanOrEqual(375);
    await conversationButton(b.page, alice.slice(0, 40)).click();
    await messageText(b.page, 'slot still free').waitFor();
    expect(await widthOf()).toBeLessThanOrEqual(375);
    await b.context.close();
  });

  it('fits a phone-sized screen: the list, then the thread with a way back', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob], { context: { type: 'booking', id: 'b1', title: 'Saturday lesson' } });
    await sendMessage(server, alice, conversation.id, 'See you on Saturday at 10?');
    const b = await openChat(browser, server.baseUrl, bob, { width: 390, height: 844 });
    await conversationButton(b.page, alice).click();
    await messageText(b.page, 'Saturday at 10').waitFor();
    expect(await b.page.getByRole('navigation', { name: 'Conversations' }).isVisible()).toBe(false);
    await send(b.page, 'Yes, see you then');
    await messageText(b.page, 'see you then').waitFor();
    await b.page.screenshot({ path: `${SCREENSHOTS}/phone.png` });
    await b.page.getByRole('button', { name: 'Back to conversations' }).click();
    await b.page.getByRole('navigation', { name: 'Conversations' }).waitFor();

    // The open conversation is in the address: a reload reopens it, the browser's Back goes to the list.
    await conversationButton(b.page, alice).click();
    await messageText(b.page, 'see you then').waitFor();
    // The address follows the open conversation once the thread has rendered (an effect after the paint).
    await b.page.waitForFunction(`location.hash === ${JSON.stringify(`#c/${conversation.id}`)}`);
    expect(new URL(b.page.url()).hash).toBe(`#c/${conversation.id}`);
    await b.page.reload();
    await messageText(b.page, 'see you then').waitFor();
    await b.page.goBack();
    await b.page.getByRole('navigation', { name: 'Conversations' }).waitFor();
    expect(await thread(b.page).isVisible()).toBe(false);
    await b.context.close();
  });
});
