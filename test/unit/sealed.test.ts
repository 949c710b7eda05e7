import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { carriedValueMac, ValueCipher } from '../../src/crypto/value-cipher.js';
import { AppError } from '../../src/errors.js';
import { presentReceived } from '../../src/presenters/events.presenter.js';
import { presentMessage } from '../../src/presenters/messages.presenter.js';
import type { MessageRow } from '../../src/storage/messages.repository.js';
import {
  openConversation,
  openEvent,
  reseal,
  SEALED_COLUMNS,
  type SealedContent,
  sealEventData,
  sealMessage,
  sealPreview,
} from '../../src/storage/sealed.js';
import { messageRow } from '../support/rows.js';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

const row = (id: string, content: string, extra: Partial<MessageRow> = {}): MessageRow =>
  messageRow({ id, conversation_id: 'cnv_1', seq: 1, sender_id: 'ana', content, created_at: '2026-12-07T10:00:00.000Z', ...extra });

/** What a send writes: the row sealed, and the view its event holds. */
function sent(cipher: ValueCipher, message: MessageRow, view = JSON.stringify(presentMessage(message, {}))) {
  const sealedRow = sealMessage(cipher, message);
  const sealed: SealedContent = { messageId: message.id, content: message.content, sealed: sealedRow.content };
  return { sealedRow, sealed, view, stored: sealEventData(cipher, `evt_${message.id}`, view, sealed) };
}

const event = (id: string, data: string) => ({ id, data });
const failure = (open: () => unknown) => {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('opened');
};

describe('values a send carries from its message row', () => {
  const cipher = new ValueCipher([k1]);

  it("keeps the event's view without the text, which opens as the view as it was written", () => {
    const text = 'Pickup on "Friday" at 5? \\ ünïcode ✓ 🙂';
    const { stored, view, sealedRow } = sent(cipher, row('msg_1', text));
    expect(ValueCipher.isCarried(stored)).toBe(true);
    expect(stored).not.toContain('Friday');
    expect(stored).toContain(sealedRow.content.slice(sealedRow.content.lastIndexOf(':') + 1));
    expect(ValueCipher.keyIdOf(stored)).toBe('k1');
    expect(openEvent(cipher, event('evt_msg_1', stored)).data).toBe(view);
    // Another process, which never saw the send, opens it the same.
    expect(openEvent(new ValueCipher([k2, k1]), event('evt_msg_1', stored)).data).toBe(view);
  });

  it('seals whole what it cannot carry: a quoted reply, a view of another message, an empty text', () => {
    const quoting = presentMessage(row('msg_2', 'yes'), { replyTo: row('msg_0', 'the quoted secret') as never });
    const quoted = sent(cipher, row('msg_2', 'yes'), JSON.stringify(quoting));
    expect(ValueCipher.isCarried(quoted.stored)).toBe(false);
    expect(quoted.stored).not.toContain('quoted secret');
    expect(openEvent(cipher, event('evt_msg_2', quoted.stored)).data).toBe(quoted.view);

    const other = sent(cipher, row('msg_3', 'hello'));
    const elsewhere = sealEventData(cipher, 'evt_x', JSON.stringify(presentMessage(row('msg_4', 'hello'), {})), other.sealed);
    expect(ValueCipher.isCarried(elsewhere)).toBe(false);
    expect(ValueCipher.isCarried(sent(cipher, row('msg_5', '')).stored)).toBe(false);
  });

  it('opens only in the row that holds it, unaltered, and only as its own message', () => {
    const first = sent(cipher, row('msg_a', 'first words'));
    const second = sent(cipher, row('msg_b', 'second words'));
    // Copied into another event's row, it does not open.
    expect(failure(() => openEvent(cipher, event('evt_msg_b', first.stored)))).toBe('INTERNAL');
    // Nothing in the plaintext part can be changed: the sender, the offset, the message it names.
    expect(failure(() => openEvent(cipher, event('evt_msg_a', first.stored.replace('"senderId":"ana"', '"senderId":"eve"'))))).toBe('INTERNAL');
    const shifted = first.stored.replace(/~(\d+)~\{/, (_, at: string) => `~${Number(at) - 1}~{`);
    expect(shifted).not.toBe(first.stored);
    expect(failure(() => openEvent(cipher, event('evt_msg_a', shifted)))).toBe('INTERNAL');
    expect(failure(() => openEvent(cipher, event('evt_msg_b', second.stored.replace('~msg_b~', '~msg_a~'))))).toBe('INTERNAL');
    // Even with the key, what is sealed elsewhere (an original kept for moderators) cannot be carried in.
    const original = sealMessage(cipher, row('msg_a', '***', { original_content: 'the unmasked original' })).original_content as string;
    const tail = first.stored.slice(first.stored.search(/~\d+~\{/) + 1);
    const smuggled = cipher.carry('events.data', 'evt_msg_a', original, 'msg_a', tail) as string;
    expect(ValueCipher.isCarried(smuggled)).toBe(true);
    expect(failure(() => openEvent(cipher, event('evt_msg_a', smuggled)))).toBe('INTERNAL');
    // A value that carries where none may is refused, not served; a missing key is named.
    expect(failure(() => cipher.open('messages.content', 'msg_a', first.stored))).toBe('INTERNAL');
    expect(failure(() => openEvent(new ValueCipher([k2]), event('evt_msg_a', first.stored)))).toBe('ENCRYPTION_KEY_MISSING');
  });

  it("keeps a preview that is the whole text as the message's content, bound to its conversation", () => {
    const { sealed } = sent(cipher, row('msg_p', 'short one'));
    const preview = sealPreview(cipher, 'cnv_1', 'short one', sealed) as string;
    expect(ValueCipher.isCarried(preview)).toBe(true);
    expect(preview).not.toContain('short');
    const conversation = { id: 'cnv_1', last_message_preview: preview };
    expect(openConversation(cipher, conversation).last_message_preview).toBe('short one');
    expect(failure(() => openConversation(cipher, { ...conversation, id: 'cnv_2' }))).toBe('INTERNAL');
    // A preview that is not the whole text (cut, or spaces folded) is sealed for the conversation.
    const cut = sealPreview(cipher, 'cnv_1', 'short', sealed) as string;
    expect(ValueCipher.isCarried(cut)).toBe(false);
    expect(openConversation(cipher, { ...conversation, last_message_preview: cut }).last_message_preview).toBe('short');
  });

  it("keeps a message.received whose preview is the whole text without it, bound to its own row", () => {
    const message = row('msg_n', 'see you at "five" ✓');
    const { sealed } = sent(cipher, message);
    const received = (preview: string) => JSON.stringify(presentReceived(message, { id: 'bo', online: false }, 'ana', preview));
    const whole = received(message.content);
    const stored = sealEventData(cipher, 'evt_rcv', whole, sealed);
    expect(ValueCipher.isCarried(stored)).toBe(true);
    expect(stored).not.toContain('five');
    expect(openEvent(new ValueCipher([k2, k1]), event('evt_rcv', stored)).data).toBe(whole);
    // Bound to its row and to what it says in plaintext.
    expect(failure(() => openEvent(cipher, event('evt_other', stored)))).toBe('INTERNAL');
    expect(failure(() => openEvent(cipher, event('evt_rcv', stored.replace('"recipientId":"bo"', '"recipientId":"cy"'))))).toBe('INTERNAL');
    // A preview cut short of the text, or a payload about another message, is sealed whole.
    const cut = sealEventData(cipher, 'evt_rcv', received('see you'), sealed);
    expect(ValueCipher.isCarried(cut)).toBe(false);
    expect(openEvent(cipher, event('evt_rcv', cut)).data).toBe(received('see you'));
    const aboutOther = JSON.stringify(presentReceived(row('msg_m', message.content), { id: 'bo', online: false }, 'ana', message.content));
    expect(ValueCipher.isCarried(sealEventData(cipher, 'evt_rcv', aboutOther, sealed))).toBe(false);
  });

  it('binds with HMAC-SHA256 under a key of its own, derived from the encryption key', () => {
    const macKey = Buffer.from(hkdfSync('sha256', k1.key, Buffer.alloc(0), 'parley carried value', 32));
    for (const message of ['', 'x', 'é🙂\u0000'.repeat(40)]) {
      expect(carriedValueMac(k1.key).of(message, 'base64url')).toBe(createHmac('sha256', macKey).update(message, 'utf8').digest('base64url'));
    }
  });

  it('is sealed on its own by a rotation, under the new key', () => {
    const { stored, view } = sent(cipher, row('msg_r', 'rotate me'));
    const rotated = new ValueCipher([k2, k1]);
    const resealed = reseal(rotated, SEALED_COLUMNS.eventData, 'evt_msg_r', stored);
    expect(ValueCipher.isCarried(resealed)).toBe(false);
    expect(ValueCipher.keyIdOf(resealed)).toBe('k2');
    expect(openEvent(new ValueCipher([k2]), event('evt_msg_r', resealed)).data).toBe(view);
    const preview = sealPreview(cipher, 'cnv_1', 'rotate me', sent(cipher, row('msg_r', 'rotate me')).sealed) as string;
    const previewResealed = reseal(rotated, SEALED_COLUMNS.conversationPreview, 'cnv_1', preview);
    expect(new ValueCipher([k2]).open('conversations.last_message_preview', 'cnv_1', previewResealed)).toBe('rotate me');
  });
});
