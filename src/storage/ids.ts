import { v7 as uuidv7 } from 'uuid';

/** Server-made ids are UUIDv7: opaque, unique, and sorted by creation time. */
export const newId = (): string => uuidv7();

/** The one time format Parley stores and serves: ISO-8601 UTC with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
