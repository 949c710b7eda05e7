// Building blocks shared by the route schemas. Every string a client sends is bounded and
// refuses NUL; ids are bounded printable text.
import Type, { type TSchema, type TUnsafe } from 'typebox';
import { ERRORS, type ErrorCode } from '../../errors.js';

import { Id, Text } from '../../schemas/primitives.js';

export { Id, Text };

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601 UTC with milliseconds' });

export const Limit = (defaultValue: number, maximum = 100) =>
  Type.Integer({ minimum: 1, maximum, default: defaultValue, description: `page size, at most ${maximum}` });

export const Cursor = Type.String({ minLength: 1, maxLength: 1024, description: 'opaque cursor from a previous page' });

/**
 * A string from a fixed list: `{type: 'string', enum}`, which documents the values and serializes
 * as a plain string (a union of literals would make the serializer try each branch).
 */
export const StringEnum = <T extends string>(values: readonly T[], options: { description?: string } = {}): TUnsafe<T> =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: StringEnum(Object.keys(ERRORS) as ErrorCode[], { description: 'from the error catalogue' }),
      message: Type.String({ description: 'human readable; not meant for parsing' }),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
    requestId: Type.String({ description: 'the X-Request-ID of the request' }),
  },
  { $id: 'Error', description: 'Every error has this shape' },
);

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ data: Type.Array(item), nextCursor: Nullable(Type.String()) });

export const IdParams = Type.Object({ id: Id() }, { additionalProperties: false });

/**
 * The errors particular to a route (403, 404, 409, 410, 422...). The answers every route can
 * give (400, 401, 429, 500, 503...) are added to the OpenAPI document by http/openapi.ts.
 */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [status, Type.Ref('Error')]),
  ) as Record<number, TSchema>;
