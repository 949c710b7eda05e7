// The event log's payloads are typed per event type, and the socket events from the same map.
// Most of this file is checked by `npm run typecheck`: each `@ts-expect-error` line must fail to
// compile (tsc reports a directive with nothing to excuse), so a wrong payload that compiled
// would fail the typecheck.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { EVENT_TYPES, type EventPayloads, eventRow } from '../../src/domain/events.js';
import { presentBlockChange, presentReaction, presentRead } from '../../src/presenters/events.presenter.js';
import type { MessageView } from '../../src/presenters/messages.presenter.js';
import { ConnectionRegistry } from '../../src/realtime/connections.js';
import type { ServerToClientEvents } from '../../src/realtime/socket-events.js';

const message = { id: 'm1', conversation_id: 'c1' };

describe('event payloads', () => {
  it('appends an event only with the payload of its type', () => {
    const read = presentRead('c1', 'u1', 3, 'm1', '2026-01-01T00:00:00.000Z');
    const row = eventRow({ type: 'message.read', conversationId: 'c1', actorId: 'u1', data: read });
    expect(JSON.parse(row.data)).toEqual(read);

    // @ts-expect-error message.read carries a read pointer, not a block
    eventRow({ type: 'message.read', conversationId: 'c1', actorId: 'u1', data: presentBlockChange('u2') });
    // @ts-expect-error message.sent carries a whole message
    eventRow({ type: 'message.sent', conversationId: 'c1', actorId: 'u1', data: read });
    // @ts-expect-error a reaction without its action
    eventRow({ type: 'reaction.added', conversationId: 'c1', actorId: 'u1', data: { messageId: 'm1', conversationId: 'c1', emoji: '👍', userId: 'u1' } });
    // @ts-expect-error a field no payload of the type has
    eventRow({ type: 'user.blocked', conversationId: null, actorId: 'u1', data: { userId: 'u2', reason: 'spam' } });
    // @ts-expect-error a type the log does not know
    eventRow({ type: 'message.exploded', conversationId: 'c1', actorId: 'u1', data: {} });
  });

  it('lists every type of the map once', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expectTypeOf(EVENT_TYPES).toEqualTypeOf<(keyof EventPayloads)[]>();
    expect(EVENT_TYPES).toEqual(expect.arrayContaining(['message.sent', 'message.received', 'conversation.deleted', 'user.erased']));
  });
});

describe('socket events', () => {
  it('carry the payload of the log event they come from, plus its cursor', () => {
    expectTypeOf<ServerToClientEvents['new_message']>().toEqualTypeOf<MessageView & { cursor: string }>();
    expectTypeOf<ServerToClientEvents['message_updated']>().toEqualTypeOf<EventPayloads['message.updated'] & { cursor: string }>();
    expectTypeOf<ServerToClientEvents['message_deleted']>().toEqualTypeOf<EventPayloads['message.deleted'] & { cursor: string }>();
    expectTypeOf<ServerToClientEvents['message_read']>().toEqualTypeOf<EventPayloads['message.read'] & { cursor: string }>();
    expectTypeOf<ServerToClientEvents['message_reaction']>().toEqualTypeOf<EventPayloads['reaction.added'] & { cursor: string }>();
    expectTypeOf<ServerToClientEvents['user_joined_conversation']>().toEqualTypeOf<EventPayloads['participant.added'] & { cursor: string }>();
  });

  it('are sent only with their own payload', () => {
    const registry = new ConnectionRegistry();
    registry.sendTo('nobody', 'message_reaction', { ...presentReaction(message, 'u1', '👍', 'added'), cursor: '7' });
    // @ts-expect-error a payload from the log needs its cursor
    registry.sendTo('nobody', 'message_reaction', presentReaction(message, 'u1', '👍', 'added'));
    // @ts-expect-error typing_indicator needs isTyping
    registry.sendTo('nobody', 'typing_indicator', { conversationId: 'c1', userId: 'u1' });
    // @ts-expect-error an event name the contract does not have
    registry.sendTo('nobody', 'message_exploded', {});
    expect(registry.size).toBe(0);
  });
});
