// GET /admin/encryption: which keys seal how many stored values, and the rotation's progress.

/** A rotation as saved after every batch (meta `encryption.rotation`). */
export interface RotationState {
  keyId: string;
  /** `stopped`: the walk met something it could not re-seal (`reason` says what); it resumes at the next rotate or start. */
  status: 'running' | 'stopped' | 'done';
  reason?: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** The step being walked (by name: the steps depend on the configured keys), and the position within it. */
  step: string | null;
  after: string | null;
  resealed: number;
  /** Values passed over because no key opens them (damaged in storage): how many, and the first few. */
  damaged?: DamagedValues;
  /**
   * When the walk last saved its progress; null (or absent) while no walk holds it (stopped
   * with its process, or written by a version before this field). A walk that saved none for a
   * while has died, and another instance takes it over.
   */
  savedAt?: string | null;
}

/** Where a value is that fails authentication under its key: the store (as counted) and its id there. */
export interface DamagedValues {
  count: number;
  values: { store: string; id: string }[];
}

export interface EncryptionView {
  enabled: boolean;
  currentKeyId: string | null;
  /** Every key id that seals something or is configured; `configured: false` ones cannot be read. */
  keys: { keyId: string; configured: boolean; values: number }[];
  /** Values stored before encryption was turned on, not sealed yet. */
  unencryptedValues: number;
  /** The same counts per kind of stored value. */
  stores: { name: string; values: Record<string, number>; unencrypted: number }[];
  rotation: {
    keyId: string;
    status: RotationState['status'];
    reason: string | null;
    startedAt: string;
    finishedAt: string | null;
    resealed: number;
    damaged: DamagedValues;
  } | null;
}

export function presentEncryption(
  configuredKeyIds: string[],
  counts: { name: string; byKey: Map<string | null, number> }[],
  rotation: RotationState | undefined,
): EncryptionView {
  const totals = new Map<string, number>(configuredKeyIds.map((id) => [id, 0]));
  let unencrypted = 0;
  const stores = counts.map(({ name, byKey }) => {
    const values: Record<string, number> = {};
    for (const [keyId, count] of byKey) {
      if (keyId === null) continue;
      values[keyId] = count;
      totals.set(keyId, (totals.get(keyId) ?? 0) + count);
    }
    const plain = byKey.get(null) ?? 0;
    unencrypted += plain;
    return { name, values, unencrypted: plain };
  });
  return {
    enabled: configuredKeyIds.length > 0,
    currentKeyId: configuredKeyIds[0] ?? null,
    keys: [...totals].map(([keyId, values]) => ({ keyId, configured: configuredKeyIds.includes(keyId), values })),
    unencryptedValues: unencrypted,
    stores,
    rotation:
      rotation === undefined
        ? null
        : {
            keyId: rotation.keyId,
            status: rotation.status,
            reason: rotation.reason ?? null,
            startedAt: rotation.startedAt,
            finishedAt: rotation.finishedAt,
            resealed: rotation.resealed,
            damaged: rotation.damaged ?? { count: 0, values: [] },
          },
  };
}
