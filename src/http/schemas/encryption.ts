// Response shape of GET /admin/encryption and POST /admin/encryption/rotate.
import Type from 'typebox';
import { DAMAGED_LISTED } from '../../domain/encryption.service.js';
import { Nullable, Timestamp } from './common.js';

export const EncryptionStatus = Type.Object(
  {
    enabled: Type.Boolean({ description: 'ENCRYPTION_KEYS is set' }),
    currentKeyId: Nullable(Type.String({ description: 'the key that seals new values (the first of ENCRYPTION_KEYS)' })),
    keys: Type.Array(
      Type.Object({
        keyId: Type.String(),
        configured: Type.Boolean({ description: 'false: values sealed with a key that is not configured; they cannot be read' }),
        values: Type.Integer({ description: 'stored values sealed with this key; a key with 0 can be removed' }),
      }),
    ),
    unencryptedValues: Type.Integer({ description: 'values stored before encryption was turned on; a rotation seals them' }),
    stores: Type.Array(
      Type.Object({
        name: Type.String({ description: 'what is counted, e.g. `messages.content`' }),
        values: Type.Record(Type.String(), Type.Integer(), { description: 'values per key id' }),
        unencrypted: Type.Integer(),
      }),
    ),
    rotation: Nullable(
      Type.Object({
        keyId: Type.String({ description: 'the key everything is being re-sealed with' }),
        status: Type.Union([Type.Literal('running'), Type.Literal('stopped'), Type.Literal('done')], {
          description: '`stopped`: the walk met a value it could not re-seal (see `reason`); it resumes at the next POST /admin/encryption/rotate or start',
        }),
        reason: Nullable(Type.String({ description: 'why a stopped rotation stopped, e.g. a value under a key that is not configured' })),
        startedAt: Timestamp,
        finishedAt: Nullable(Timestamp),
        resealed: Type.Integer({ description: 'values re-sealed so far' }),
        damaged: Type.Object(
          {
            count: Type.Integer({ description: 'values passed over so far' }),
            values: Type.Array(
              Type.Object({
                store: Type.String({ description: 'as in `stores`, e.g. `files` or `messages.content`' }),
                id: Type.String({ description: 'the row or file id there (a file: its attachment id)' }),
              }),
              { description: `the first ${DAMAGED_LISTED} of them` },
            ),
          },
          {
            description:
              'values no key opens (altered or damaged in storage: they fail authentication). The walk passes over them and finishes; they stay under their key, which therefore still counts them, and are never served (500). A damaged file goes with its message; a damaged text is read as 500 until restored from a backup or its conversation is deleted for everyone.',
          },
        ),
      }),
    ),
  },
  { description: 'Encryption at rest: which key seals how many stored values, and the last rotation' },
);
