// Building blocks of every input schema, on HTTP and on sockets alike. Every string a client
// sends is bounded and refuses NUL; ids are bounded printable text.
import Type, { type TSchema, type TUnsafe } from 'typebox';
import { CONTEXT_TYPE_MAX_LENGTH, CONTEXT_TYPE_PATTERN } from '../domain/context-fields.js';
import { NON_BLANK_LOOKAHEAD } from './validation.js';

/**
 * Printable text without NUL or other control characters except tab and newlines, and without
 * a lone UTF-16 surrogate (half an emoji): no database stores one as sent, so the stored text
 * would differ from what was answered and hashed. Patterns run in Unicode mode, where a whole
 * surrogate pair is one code point outside U+D800–U+DFFF.
 */
const NOT_TEXT = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uD800-\\uDFFF';
const TEXT_PATTERN = `^[^${NOT_TEXT}]*$`;
/** Embedding, override and isolate controls: they make a name display as something else. */
const BIDI_OVERRIDES = '\\u202A-\\u202E\\u2066-\\u2069';
// Not `.` or `..`: a path segment that URL clients resolve away (/users/../export reaches /export).
const ID_PATTERN = '^(?!\\.\\.?$)[^\\u0000-\\u001F\\u007F\\uD800-\\uDFFF\\s][^\\u0000-\\u001F\\u007F\\uD800-\\uDFFF]*$';

export const Text = (maxLength: number, options: { minLength?: number; description?: string } = {}) =>
  Type.String({ maxLength, pattern: TEXT_PATTERN, ...options });

/** Text that says something: at least one character that is not whitespace (a reason, a resolution). */
export const NonBlankText = (maxLength: number, options: { description?: string } = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: `${NON_BLANK_LOOKAHEAD}[^${NOT_TEXT}]*$`, ...options });

/**
 * A name others are shown (a conversation's or a context's title): text that says something,
 * without the embedding, override and isolate controls that make a name display as something
 * else ("\u202Egnp.exe" shows as "exe.png"), as file names refuse them.
 */
export const Title = (maxLength: number, options: { description?: string } = {}) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: `${NON_BLANK_LOOKAHEAD}[^${NOT_TEXT}${BIDI_OVERRIDES}]*$`,
    ...options,
  });

/** A person's name as others are shown it (a display name): as a title, but it may be empty. */
export const ShownName = (maxLength: number, options: { description?: string } = {}) =>
  Type.String({ maxLength, pattern: `^[^${NOT_TEXT}${BIDI_OVERRIDES}]*$`, ...options });

/** A link clients may show or follow: http or https only (never `javascript:` or `data:`). */
export const WebUrl = (maxLength: number) => Type.String({ maxLength, format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

/** A server-made or platform-made id: 1..128 printable characters, not `.` or `..`. */
export const Id = (description?: string) =>
  Type.String({ minLength: 1, maxLength: 128, pattern: ID_PATTERN, ...(description ? { description } : {}) });

/** A context's type as every route takes it: a conversation's, and the key of /contexts/{type}/{id}, which a type with "/" could not name. */
export const ContextType = () =>
  Type.String({ minLength: 1, maxLength: CONTEXT_TYPE_MAX_LENGTH, pattern: CONTEXT_TYPE_PATTERN, description: 'listing, job, booking, …: a letter, then letters, digits, _ or -' });

/** The body of a command that takes none: nothing, or an empty object (anything else is a mistake worth a 400). */
export const NoBody = () => Type.Optional(Type.Object({}, { additionalProperties: false, description: 'nothing, or an empty object' }));

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601 UTC with milliseconds' });

/**
 * A string from a fixed list: `{type: 'string', enum}`, which documents the values and serializes
 * as a plain string (a union of literals would make the serializer try each branch).
 */
export const StringEnum = <T extends string>(values: readonly T[], options: { description?: string } = {}): TUnsafe<T> =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
