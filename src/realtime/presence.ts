// Presence: a user is online while any of their connections, on any instance, is open, and
// offline (with lastSeenAt) once the last one has been closed for a short grace period.
// Each instance counts its own users at once and announces them on the bus, and mirrors
// everyone else's: its own sockets count even while the bus (Redis) is away. An instance that
// stops announcing is forgotten, so a crashed instance does not leave ghosts online.
import { randomUUID } from 'node:crypto';
import type { Bus } from './bus.js';

const HEARTBEAT_MS = 10_000;
const INSTANCE_TIMEOUT_MS = 30_000;

type PresenceMessage =
  | { kind: 'up' | 'down'; instance: string; userId: string; at: string }
  | { kind: 'heartbeat'; instance: string; users: string[]; at: string }
  | { kind: 'hello'; instance: string };

export interface StatusChange {
  userId: string;
  status: 'online' | 'offline';
  timestamp: string;
}

export class Presence {
  readonly instance = randomUUID();
  private readonly localCount = new Map<string, number>();
  /** Users whose last connection here closed within the grace period: when, and the timer that ends it. */
  private readonly pendingOffline = new Map<string, { leftAt: string; timer: NodeJS.Timeout }>();
  /** userId → instances where the user is online. */
  private readonly online = new Map<string, Set<string>>();
  private readonly lastSeen = new Map<string, string>();
  private readonly instanceSeenAt = new Map<string, number>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly listeners: ((change: StatusChange) => void)[] = [];

  constructor(
    private readonly bus: Bus,
    private readonly graceMs: number,
    /** Keeps when a user's last connection here closed beyond this instance's memory (the database). */
    private readonly recordLastSeen: (userId: string, at: string) => Promise<void> = async () => {},
  ) {}

  onChange(listener: (change: StatusChange) => void): void {
    this.listeners.push(listener);
  }

  start(): void {
    this.bus.subscribe('presence', (message) => this.receive(message as PresenceMessage));
    this.bus.publish('presence', { kind: 'hello', instance: this.instance });
    const heartbeat = setInterval(() => this.heartbeat(), HEARTBEAT_MS);
    const sweep = setInterval(() => this.forgetSilentInstances(), HEARTBEAT_MS);
    heartbeat.unref();
    sweep.unref();
    this.timers.push(heartbeat, sweep);
  }

  /** Leaving cleanly: others need not wait for the timeout to see this instance's users go. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    const now = new Date().toISOString();
    const leaving = [...this.localCount.keys()].map((userId) => this.wentOffline(userId, now));
    for (const [userId, { leftAt, timer }] of this.pendingOffline) {
      clearTimeout(timer);
      leaving.push(this.wentOffline(userId, leftAt));
    }
    this.localCount.clear();
    this.pendingOffline.clear();
    await Promise.all(leaving);
  }

  connected(userId: string): void {
    const count = (this.localCount.get(userId) ?? 0) + 1;
    this.localCount.set(userId, count);
    const pending = this.pendingOffline.get(userId);
    if (pending) {
      clearTimeout(pending.timer);
      this.pendingOffline.delete(userId);
      return; // back within the grace period: nobody saw them leave
    }
    if (count === 1) this.announce('up', userId);
  }

  disconnected(userId: string): void {
    const count = (this.localCount.get(userId) ?? 1) - 1;
    if (count > 0) {
      this.localCount.set(userId, count);
      return;
    }
    this.localCount.delete(userId);
    // Last seen when the last connection closed, not when the grace period ended.
    const leftAt = new Date().toISOString();
    const timer = setTimeout(() => {
      this.pendingOffline.delete(userId);
      if (!this.localCount.has(userId)) void this.wentOffline(userId, leftAt);
    }, this.graceMs);
    timer.unref();
    this.pendingOffline.set(userId, { leftAt, timer });
  }

  isOnline(userId: string): boolean {
    return (this.online.get(userId)?.size ?? 0) > 0;
  }

  /** As this instance heard it; null when it has not (see PresenceState: the stored time then). */
  lastSeenAt(userId: string): string | null {
    return this.lastSeen.get(userId) ?? null;
  }

  private wentOffline(userId: string, at: string): Promise<void> {
    this.announce('down', userId, at);
    return this.recordLastSeen(userId, at);
  }

  private announce(kind: 'up' | 'down', userId: string, at = new Date().toISOString()): void {
    this.mark(userId, this.instance, kind === 'up', at);
    this.bus.publish('presence', { kind, instance: this.instance, userId, at });
  }

  private heartbeat(): void {
    const users = [...this.localCount.keys(), ...this.pendingOffline.keys()];
    this.bus.publish('presence', { kind: 'heartbeat', instance: this.instance, users, at: new Date().toISOString() });
  }

  private receive(message: PresenceMessage): void {
    // This instance's own users were marked as they came and went (announce).
    if (message.instance === this.instance) return;
    if (message.kind === 'hello') {
      this.heartbeat();
      return;
    }
    this.instanceSeenAt.set(message.instance, Date.now());
    if (message.kind === 'up') this.mark(message.userId, message.instance, true, message.at);
    else if (message.kind === 'down') this.mark(message.userId, message.instance, false, message.at);
    else if (message.kind === 'heartbeat') {
      const listed = new Set(message.users);
      for (const userId of listed) this.mark(userId, message.instance, true, message.at);
      for (const [userId, instances] of this.online) {
        if (instances.has(message.instance) && !listed.has(userId)) this.mark(userId, message.instance, false, message.at);
      }
    }
  }

  private mark(userId: string, instance: string, up: boolean, at: string): void {
    const instances = this.online.get(userId) ?? new Set<string>();
    const wasOnline = instances.size > 0;
    if (up) instances.add(instance);
    else instances.delete(instance);
    if (instances.size > 0) this.online.set(userId, instances);
    else this.online.delete(userId);
    const isOnline = instances.size > 0;
    if (!isOnline && wasOnline) this.lastSeen.set(userId, at);
    if (isOnline === wasOnline) return;
    const change: StatusChange = { userId, status: isOnline ? 'online' : 'offline', timestamp: at };
    for (const listener of this.listeners) listener(change);
  }

  private forgetSilentInstances(): void {
    const now = Date.now();
    for (const [instance, seenAt] of this.instanceSeenAt) {
      if (instance === this.instance || now - seenAt < INSTANCE_TIMEOUT_MS) continue;
      this.instanceSeenAt.delete(instance);
      const at = new Date().toISOString();
      for (const [userId, instances] of this.online) if (instances.has(instance)) this.mark(userId, instance, false, at);
    }
  }
}
