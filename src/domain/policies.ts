// Authorization rules, one function each, called explicitly by the domain services.
import type { AttachmentRow } from '../storage/attachments.repository.js';
import type { ParticipantRow } from '../storage/conversations.repository.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { Actor, UserActor } from './types.js';

export const isModerator = (actor: Actor): boolean =>
  actor.kind === 'service' || actor.role === 'moderator' || actor.role === 'admin';

export const isAdmin = (actor: Actor): boolean => actor.kind === 'service' || actor.role === 'admin';

/** Only an active participant sees a conversation; everyone else is told it does not exist. */
export const canSeeConversation = (participant: ParticipantRow | undefined): participant is ParticipantRow =>
  participant !== undefined && participant.left_at === null;

/** Title, status, metadata and membership are for the conversation's OWNER and ADMINs. */
export const canManageConversation = (participant: ParticipantRow): boolean =>
  participant.role === 'OWNER' || participant.role === 'ADMIN';

export const canEditMessage = (actor: UserActor, message: MessageRow): boolean =>
  message.sender_id === actor.userId && message.deleted_at === null && message.message_type !== 'SYSTEM';

export const canDeleteMessage = (actor: Actor, message: MessageRow): boolean =>
  isModerator(actor) || (actor.kind === 'user' && message.sender_id === actor.userId);

/** The uploader sees their file; once a message carries it, so do that conversation's participants. */
export const canSeeAttachment = (userId: string, attachment: AttachmentRow, participant: ParticipantRow | undefined): boolean =>
  attachment.uploader_id === userId || (attachment.message_id !== null && canSeeConversation(participant));
