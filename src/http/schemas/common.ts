// Building blocks shared by the route schemas. Every string a client sends is bounded and
// refuses NUL; ids are bounded printable text.
import Type, { type TSchema } from 'typebox';
import { ERRORS, type ErrorCode } from '../../errors.js';

import { ContextType, Id, NoBody, NonBlankText, Nullable, StringEnum, Text, Timestamp, Title, WebUrl } from '../../schemas/primitives.js';

export { ContextType, Id, NoBody, NonBlankText, Nullable, StringEnum, Text, Timestamp, Title, WebUrl };

export const Limit = (defaultValue: number, maximum = 100) =>
  Type.Integer({ minimum: 1, maximum, default: defaultValue, description: `page size, at most ${maximum}` });

export const Cursor = Type.String({ minLength: 1, maxLength: 1024, description: 'opaque cursor from a previous page' });

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
