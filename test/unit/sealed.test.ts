import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ValueCipher } from '../../src/crypto/value-cipher.js';
import { AppError } from '../../src/errors.js';
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

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

const row = (id: string, content: string, extra: Partial<MessageRow> = {}): MessageRow => ({
  id,
  conversation_id: 'cnv_1',
  seq: 1,
  sender_id: 'ana',
  content,
  message_type: 'TEXT',
  reply_to_id: null,
  client_message_id: null,
  moderation_status: 'clean',
  moderation_reasons: '[]',
  original_content: null,
  edited_at: null,
  deleted_at: null,
  created_at: '2026-12-07T10:00:00.000Z',
  ...extra,
});

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

  it('opens carried content only as its own message, in its own view', () => {
    const first = sent(cipher, row('msg_a', 'first words'));
    const second = sent(cipher, row('msg_b', 'second words'));
    // The content of one message put under the other's id does not open.
    const swapped = second.stored.replace('~msg_b~', '~msg_a~');
    expect(failure(() => openEvent(cipher, event('evt', swapped)))).toBe('INTERNAL');
    // A view of another message around carried content is refused.
    const [head] = first.stored.split('~{');
    const reframed = `${head}~${second.view.replace('second words', '')}`;
    expect(failure(() => openEvent(cipher, event('evt', reframed)))).toBe('INTERNAL');
    // What is sealed elsewhere (an original kept for moderators) cannot be carried in.
    const original = sealMessage(cipher, row('msg_a', '***', { original_content: 'the unmasked original' })).original_content as string;
    const smuggled = cipher.carry(original, 'msg_a', first.stored.slice(first.stored.indexOf('~', first.stored.indexOf('~msg_a~') + 7) + 1));
    expect(failure(() => openEvent(cipher, event('evt', smuggled as string)))).toBe('INTERNAL');
    // A value that carries where none may is refused, not served.
    expect(failure(() => cipher.open('messages.content', 'msg_a', first.stored))).toBe('INTERNAL');
  });

  it("keeps a preview that is the whole text as the message's content, opened only while that message is the last", () => {
    const { sealed } = sent(cipher, row('msg_p', 'short one'));
    const preview = sealPreview(cipher, 'cnv_1', 'short one', sealed) as string;
    expect(ValueCipher.isCarried(preview)).toBe(true);
    const conversation = { id: 'cnv_1', last_message_id: 'msg_p', last_message_preview: preview };
    expect(openConversation(cipher, conversation).last_message_preview).toBe('short one');
    expect(failure(() => openConversation(cipher, { ...conversation, last_message_id: 'msg_q' }))).toBe('INTERNAL');
    // A preview that is not the whole text (cut, or spaces folded) is sealed for the conversation.
    const cut = sealPreview(cipher, 'cnv_1', 'short', sealed) as string;
    expect(ValueCipher.isCarried(cut)).toBe(false);
    expect(openConversation(cipher, { ...conversation, last_message_preview: cut }).last_message_preview).toBe('short');
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
