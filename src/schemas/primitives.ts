// Building blocks of every input schema, on HTTP and on sockets alike. Every string a client
// sends is bounded and refuses NUL; ids are bounded printable text.
import Type from 'typebox';

/** Printable text without NUL or other control characters except tab and newlines. */
const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const ID_PATTERN = '^[^\\u0000-\\u001F\\u007F\\s][^\\u0000-\\u001F\\u007F]*$';

export const Text = (maxLength: number, options: { minLength?: number; description?: string } = {}) =>
  Type.String({ maxLength, pattern: TEXT_PATTERN, ...options });

/** A server-made or platform-made id: 1..128 printable characters. */
export const Id = (description?: string) =>
  Type.String({ minLength: 1, maxLength: 128, pattern: ID_PATTERN, ...(description ? { description } : {}) });
