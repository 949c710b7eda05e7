// The inputs of messages and read pointers, one schema each, for HTTP bodies and socket frames
// alike: a socket frame is the HTTP body plus the conversationId that HTTP carries in its path.
import Type, { type TProperties } from 'typebox';
import type { Limits } from '../config.js';
import { CLIENT_MESSAGE_TYPES } from '../domain/types.js';
import { Id, NonBlankText, StringEnum, Text } from './primitives.js';

/**
 * A message's text as sent. The limit counts characters after trimming (content.ts holds it), so
 * the schema lets whitespace around a full-length text through: up to twice the limit as sent.
 * Blank text is refused by the schema where text is the message (an edit, a first message); a
 * send may leave it blank when files carry the message.
 */
export const MessageText = (limits: Pick<Limits, 'messageLength'>, description: string, { blankWithFiles = false } = {}) =>
  (blankWithFiles ? Text : NonBlankText)(2 * limits.messageLength, {
    description: `${description}: 1 to ${limits.messageLength} characters after trimming (whitespace around the text does not count), and at most ${2 * limits.messageLength} as sent, whitespace included`,
  });

/** POST /conversations/{id}/messages and the socket's send_message. */
export const sendMessageFields = (limits: Pick<Limits, 'messageLength'>, maxAttachments: number) =>
  ({
    content: Type.Optional(MessageText(limits, 'the text; may be left out (or blank) when attachments carry the message', { blankWithFiles: true })),
    messageType: Type.Optional(StringEnum(CLIENT_MESSAGE_TYPES)),
    replyToId: Type.Optional(Id('the message this one answers, in the same conversation')),
    attachmentIds: Type.Optional(
      Type.Array(Id(), {
        maxItems: maxAttachments,
        description: 'files uploaded by the sender (POST /attachments) and not sent before; messageType follows them when not given; an empty list is none',
      }),
    ),
    clientMessageId: Type.Optional(Id('the client’s own id; the same one from the same sender is sent once')),
  }) satisfies TProperties;

/** POST /conversations/{id}/read and the socket's mark_read. */
export const markReadFields = {
  messageId: Type.Optional(Id('read up to this message; the latest when left out')),
} satisfies TProperties;

/** A socket frame for a conversation: the fields of its HTTP body plus the conversation's id. */
export const inConversation = <T extends TProperties>(fields: T) =>
  Type.Object({ conversationId: Id(), ...fields }, { additionalProperties: false });
