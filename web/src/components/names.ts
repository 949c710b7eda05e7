import type { Conversation } from '../../../packages/client/src/index.js';

/** How a conversation is named to this user: its title, what it is about, or who is in it. */
export function conversationName(conversation: Conversation, me: string): string {
  if (conversation.title) return conversation.title;
  return otherPeople(conversation, me) || 'Just you';
}

export function otherPeople(conversation: Conversation, me: string): string {
  return conversation.participants
    .filter((p) => p.userId !== me)
    .map((p) => p.user.displayName ?? p.user.username ?? p.userId)
    .join(', ');
}

export function personName(conversation: Conversation, userId: string): string {
  const user = conversation.participants.find((p) => p.userId === userId)?.user;
  return user?.displayName ?? user?.username ?? userId;
}
