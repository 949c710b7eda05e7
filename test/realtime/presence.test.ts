// Presence on one instance while the bus between instances (Redis) is away: the instance still
// counts its own sockets, so a user reading live is not reported offline (GET /presence) nor
// told apart as offline to notification services (message.received's recipientOnline).
import { afterEach, describe, expect, it } from 'vitest';
import { RedisBus } from '../../src/realtime/bus.js';
import { Presence, type StatusChange } from '../../src/realtime/presence.js';
import { freePort } from '../support/network.js';

describe('presence while Redis is away', () => {
  let bus: RedisBus | undefined;
  let presence: Presence | undefined;
  afterEach(async () => {
    await presence?.stop();
    await bus?.close();
  });

  it('counts the instance’s own connections, and last sees a user when their last connection closed', async () => {
    // A port nothing listens on: a Redis that is away.
    bus = new RedisBus(`redis://127.0.0.1:${await freePort()}`, () => {});
    presence = new Presence(bus, 50);
    presence.start();
    const changes: StatusChange[] = [];
    const wentOffline = new Promise<void>((resolve) =>
      presence!.onChange((change) => {
        changes.push(change);
        if (change.status === 'offline') resolve();
      }),
    );

    presence.connected('ivy');
    expect(presence.isOnline('ivy')).toBe(true);

    const beforeLeaving = new Date().toISOString();
    presence.disconnected('ivy');
    const afterLeaving = new Date().toISOString();
    // Within the grace period a reconnect would go unseen: still online.
    expect(presence.isOnline('ivy')).toBe(true);
    await wentOffline;
    expect(presence.isOnline('ivy')).toBe(false);
    const lastSeen = presence.lastSeenAt('ivy');
    expect(lastSeen! >= beforeLeaving && lastSeen! <= afterLeaving, `${lastSeen} between ${beforeLeaving} and ${afterLeaving}`).toBe(true);
    expect(changes.map((c) => c.status)).toEqual(['online', 'offline']);
  });
});
