// Key rotation of encryption at rest. POST /admin/encryption/rotate records a rotation to the
// current first key; a background walk then re-seals, batch by batch, every value that another
// key (or none) sealed: the sealed columns, then whatever else registers a step (the search
// index, stored files). Progress is saved after every batch, so a restart resumes where the
// walk stopped; the pace is capped (ENCRYPTION_ROTATION_VALUES_PER_SECOND) so sends stay fast.
import type { Logger } from 'pino';
import { AppError, isFileStoreOutage, UndecryptableError } from '../errors.js';
import { type EncryptionView, presentEncryption, type RotationState } from '../presenters/encryption.presenter.js';
import { nowIso } from '../storage/ids.js';
import { isDatabaseOutage } from '../storage/outages.js';
import { placeOf, SEALED_COLUMNS } from '../storage/sealed.js';
import type { Store } from '../storage/store.js';
import { type AuditLog, auditActor } from './audit.js';
import type { Actor, RequestOrigin } from './types.js';

const BATCH = 200;
/** Damaged values a rotation names (GET /admin/encryption); past these it counts them only. */
export const DAMAGED_LISTED = 100;

/**
 * One kind of stored value the rotation walks: how many each key seals, the next ones not under
 * the current key (after a resumable position), and how to re-seal one.
 */
export interface RotationStep<T extends { page: string } = { page: string }> {
  /** The step, as a saved rotation names where it stopped. */
  readonly name: string;
  /**
   * What GET /admin/encryption counts it under (the step's name when absent). Steps that walk one
   * store in parts (the search index: one step per older key) share it, and it is counted once.
   */
  readonly store?: string;
  /** Every value of the step's store, per key id (null: plaintext). */
  countByKey(): Promise<Map<string | null, number>>;
  stale(after: string | null, limit: number): Promise<T[]>;
  /** Re-seals one batch of what `stale` returned. */
  reseal(items: T[]): Promise<unknown>;
  /** Runs once the step has walked everything (again after a restart at that point). */
  finish?(): Promise<void>;
}

export class EncryptionService {
  private readonly steps: RotationStep[];
  private walk: Promise<void> | undefined;
  private closed = false;
  /** Set to end a walk towards an older key when a rotation to a newer one starts. */
  private superseded = false;
  private wakeThrottle: (() => void) | undefined;
  private watch: NodeJS.Timeout | undefined;
  private readonly checks = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
    private readonly valuesPerSecond: number,
    private readonly logger: Logger,
    moreSteps: RotationStep[] = [],
    /** A walk silent this long has died (timings.rotationAbandonedMs). */
    private readonly abandonedMs = 30_000,
  ) {
    const columns: RotationStep[] = Object.values(SEALED_COLUMNS).map((column) => ({
      name: placeOf(column),
      countByKey: () => store.encryption.countByKey(column),
      stale: (after, limit) => store.encryption.staleValues(column, after, limit),
      reseal: async (items) => {
        for (const item of items) await store.encryption.reseal(column, item as Parameters<typeof store.encryption.reseal>[1]);
      },
    }));
    this.steps = [...columns, ...moreSteps];
  }

  /**
   * At start: a rotation saved as stopped (perhaps a key missing then), or as running with no walk
   * holding it (its process stopped), resumes here. One that another instance walks is left to it,
   * and watched: should that walk stop saving progress (its instance died), this one takes it over.
   */
  async resume(): Promise<void> {
    await this.tracked(this.takeOverIfUnwalked({ stopped: true }).then(() => undefined));
    if (this.closed) return;
    // A stopped rotation is not tried again here: what stopped it (a key not configured) stays
    // until a start with other keys, or POST /admin/encryption/rotate.
    this.watch = setInterval(() => {
      void this.tracked(this.takeOverIfUnwalked({ stopped: false }).then(() => undefined)).catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not look for an abandoned encryption rotation'),
      );
    }, Math.max(10, Math.floor(this.abandonedMs / 3)));
    this.watch.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watch) clearInterval(this.watch);
    await Promise.allSettled([...this.checks]);
    this.wakeThrottle?.();
    await this.walk;
  }

  /** A look for a rotation to take over, awaited by close(): none may start a walk after it. */
  private tracked(check: Promise<void>): Promise<void> {
    this.checks.add(check);
    return check.finally(() => this.checks.delete(check));
  }

  /**
   * Starts walking the saved rotation to the current key if no walk holds it (of several instances,
   * one does); answers whether it started one here.
   */
  private async takeOverIfUnwalked({ stopped }: { stopped: boolean }): Promise<boolean> {
    if (this.walk !== undefined || this.closed) return false;
    const saved = await this.store.encryption.rotationState();
    if (saved === undefined) return false;
    const state = JSON.parse(saved) as RotationState;
    const resumable = (stopped && state.status === 'stopped') || (state.status === 'running' && !this.isWalked(state));
    if (!resumable || state.keyId !== this.store.cipher.currentKeyId) return false;
    const taken = JSON.stringify({ ...state, status: 'running', reason: null, savedAt: nowIso() } satisfies RotationState);
    if (!(await this.store.encryption.replaceRotationState(saved, taken))) return false;
    // Closed meanwhile: the rotation is left as no walk holds it, for the next start.
    if (this.closed || this.walk !== undefined) {
      await this.store.encryption.replaceRotationState(taken, JSON.stringify({ ...state, savedAt: null }));
      return false;
    }
    this.startWalk(taken);
    return true;
  }

  /** Whether a walk (here or in another instance) saved this rotation's progress lately. */
  private isWalked(state: RotationState): boolean {
    return typeof state.savedAt === 'string' && Date.now() - Date.parse(state.savedAt) < this.abandonedMs;
  }

  async status(): Promise<EncryptionView> {
    const stores = new Map<string, RotationStep>();
    for (const step of this.steps) if (!stores.has(step.store ?? step.name)) stores.set(step.store ?? step.name, step);
    const counts = await Promise.all([...stores].map(async ([name, step]) => ({ name, byKey: await step.countByKey() })));
    return presentEncryption(this.store.cipher.keys.map((k) => k.id), counts, await this.state());
  }

  /** Starts re-sealing everything under the first key; a rotation already running to it carries on. */
  async rotate(actor: Actor, origin: RequestOrigin): Promise<EncryptionView> {
    const keyId = this.store.cipher.currentKeyId;
    if (keyId === undefined) throw new AppError('CONFLICT', 'encryption at rest is off: set ENCRYPTION_KEYS first');
    const current = await this.state();
    if (current?.status === 'running' && current.keyId === keyId) {
      // A rotation to this key carries on where it walks (here or in another instance), or
      // resumes here from where its walk stopped.
      if (this.walk === undefined && !this.isWalked(current)) await this.takeOverIfUnwalked({ stopped: false });
      return this.status();
    }
    if (current?.status === 'stopped' && current.keyId === keyId) {
      // Asked again once what stopped it is mended: it carries on from where it stopped (audited
      // when it does; a walk started meanwhile, here or elsewhere, is the same rotation going on).
      await this.walk;
      if (await this.takeOverIfUnwalked({ stopped: true })) {
        await this.audit.record({ actor: auditActor(actor, origin), action: 'encryption.rotated', target: { type: 'encryption_key', id: keyId } });
      }
      return this.status();
    }
    const state = JSON.stringify({ keyId, status: 'running', startedAt: nowIso(), finishedAt: null, step: null, after: null, resealed: 0, savedAt: nowIso() } satisfies RotationState);
    await this.store.encryption.saveRotationState(state);
    await this.audit.record({
      actor: auditActor(actor, origin),
      action: 'encryption.rotated',
      target: { type: 'encryption_key', id: keyId },
    });
    if (this.walk !== undefined) {
      this.superseded = true;
      this.wakeThrottle?.();
      await this.walk;
      this.superseded = false;
    }
    this.startWalk(state);
    return this.status();
  }

  /** Resolves when no rotation is walking (tests, and close). */
  async settled(): Promise<void> {
    await this.walk;
  }

  private async state(): Promise<RotationState | undefined> {
    const saved = await this.store.encryption.rotationState();
    return saved === undefined ? undefined : (JSON.parse(saved) as RotationState);
  }

  /** Walks the rotation saved as `saved`, which this walk then owns: it saves only over what it saved last. */
  private startWalk(saved: string): void {
    const walk = new OwnedRotation(this.store, saved);
    const walking: Promise<void> = this.run(walk)
      .catch(async (error: unknown) => {
        if (error instanceof RotationTakenOver) {
          this.logger.info('encryption rotation walked on elsewhere (taken over, or a newer rotation asked for); this walk ends');
          return;
        }
        if (this.closed) {
          // Stopping with the database away: the rotation stays running, for another instance or the next start.
          this.logger.warn({ err: error }, 'encryption rotation paused by the stop; it resumes after it');
          return;
        }
        if ((error instanceof AppError && error.code === 'UNAVAILABLE') || isFileStoreOutage(error) || isDatabaseOutage(error)) {
          // The database or the file store away for a while: held by no walk, the rotation is
          // taken up again at the next look for one (here or in another instance).
          this.logger.warn({ err: error }, 'encryption rotation paused: a store it needs is away; it resumes by itself');
          await walk.save({ ...walk.state, savedAt: null }).catch(() => undefined);
          return;
        }
        this.logger.error({ err: error }, 'encryption rotation stopped; POST /admin/encryption/rotate (or a start with the key it names) resumes it');
        // Shown by GET /admin/encryption: the catalogue's message only (a key id at most), never an internal one.
        const reason = error instanceof AppError && error.code !== 'INTERNAL' ? error.message : 'an unexpected error: see the logs';
        await walk
          .save({ ...walk.state, status: 'stopped', reason, savedAt: null })
          .catch((saveError: unknown) => this.logger.warn({ err: saveError }, 'the stopped rotation could not be recorded'));
      })
      .finally(() => {
        // Only this walk's own end: another may have started since (a newer rotation).
        if (this.walk === walking) this.walk = undefined;
      });
    this.walk = walking;
  }

  private async run(walk: OwnedRotation): Promise<void> {
    const state = walk.state;
    this.logger.info({ keyId: state.keyId, resealed: state.resealed }, 'encryption rotation walking');
    // A step saved by a process with other keys may not exist here: the walk starts over, which
    // is safe (a step lists only what the current key did not seal).
    let index = Math.max(0, this.steps.findIndex((step) => step.name === state.step));
    if (this.steps[index]?.name !== state.step) state.after = null;
    while (!this.closed && !this.superseded && index < this.steps.length) {
      const step = this.steps[index]!;
      state.step = step.name;
      const started = Date.now();
      const batch = await step.stale(state.after, this.batchSize);
      // Recorded with the batch's progress: a batch walked again after a stop names no value twice.
      const damaged = await this.resealPassingOverDamaged(step, batch);
      state.resealed += batch.length - damaged.length;
      if (damaged.length > 0) {
        const before = state.damaged ?? { count: 0, values: [] };
        state.damaged = { count: before.count + damaged.length, values: [...before.values, ...damaged].slice(0, DAMAGED_LISTED) };
      }
      if (batch.length < this.batchSize) {
        await step.finish?.();
        index += 1;
        state.step = this.steps[index]?.name ?? null;
        state.after = null;
      } else {
        state.after = batch.at(-1)!.page;
      }
      state.savedAt = nowIso();
      await walk.save(state);
      await this.throttle(batch.length, Date.now() - started);
    }
    // Stopped with its process: no walk holds it now, and the next start resumes it at once.
    if (this.closed && !this.superseded) await walk.save({ ...state, savedAt: null });
    if (this.closed || this.superseded) return;
    state.status = 'done';
    state.finishedAt = nowIso();
    await walk.save(state);
    // Values sealed for the first time were plaintext on the pages they were read from.
    this.store.dropOldPageVersions();
    this.logger.info({ keyId: state.keyId, resealed: state.resealed }, 'encryption rotation finished');
  }

  /**
   * Re-seals a batch. A value no key opens (damaged in storage) cannot hold the walk up for ever:
   * the batch is then taken one value at a time (re-sealing what already is, is a no-op), and each
   * such value is passed over, logged and returned. Anything else (a key not configured, the
   * database gone) stops the walk.
   */
  private async resealPassingOverDamaged(step: RotationStep, batch: { page: string }[]): Promise<{ store: string; id: string }[]> {
    try {
      await step.reseal(batch);
      return [];
    } catch (error) {
      if (!(error instanceof UndecryptableError)) throw error;
    }
    const damaged: { store: string; id: string }[] = [];
    for (const item of batch) {
      try {
        await step.reseal([item]);
      } catch (error) {
        if (!(error instanceof UndecryptableError)) throw error;
        const where = { store: step.store ?? step.name, id: item.page };
        this.logger.error({ err: error, ...where }, 'encryption rotation passed over a value no key opens (damaged in storage)');
        damaged.push(where);
      }
    }
    return damaged;
  }

  /**
   * Values re-sealed, and progress saved, at a time: BATCH, or a tenth of a second's values at a
   * slower pace, so that no second sees much more than the pace allows (at most a tenth more, at
   * a pace of 10 or more a second).
   */
  private get batchSize(): number {
    return Math.max(1, Math.min(BATCH, Math.floor(this.valuesPerSecond / 10)));
  }

  /** Waits out the rest of the time `values` may take at the configured pace. */
  private async throttle(values: number, elapsedMs: number): Promise<void> {
    const waitMs = (values / this.valuesPerSecond) * 1000 - elapsedMs;
    if (waitMs <= 0 || this.closed || this.superseded) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      this.wakeThrottle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeThrottle = undefined;
  }
}

/** Thrown by a walk whose rotation another walk or a newer rotation has since saved over. */
class RotationTakenOver extends Error {}

/**
 * A rotation as one walk holds it: each save replaces only what this walk saved last (compare
 * and set), so a walk taken over by another instance, or superseded by a newer rotation, learns
 * so at its next save and ends instead of writing over the other's progress.
 */
class OwnedRotation {
  readonly state: RotationState;

  constructor(
    private readonly store: Store,
    private saved: string,
  ) {
    this.state = JSON.parse(saved) as RotationState;
  }

  async save(next: RotationState): Promise<void> {
    const value = JSON.stringify(next);
    if (!(await this.store.encryption.replaceRotationState(this.saved, value))) throw new RotationTakenOver();
    this.saved = value;
  }
}
