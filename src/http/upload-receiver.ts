// Reads one multipart upload into the staging folder as it arrives: memory holds one chunk at a
// time, whatever the file's size. Exactly one file, in the field "file"; the only other field
// is a short "conversationId". Anything else, and anything half-received, leaves no file behind.
import { rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { streamToNewFile } from '../attachments/stream-to-file.js';
import type { StagedFile } from '../domain/attachments.service.js';
import { AppError, invalid } from '../errors.js';

export interface ReceivedUpload {
  staged: StagedFile;
  conversationId: string | undefined;
}

const FIELD_BYTES = 1024;
const ID = /^[^\u0000-\u001F\u007F\s][^\u0000-\u001F\u007F]{0,127}$/;

/** Counts bytes as they pass and fails as soon as there are more than `max`. */
function byteLimit(max: number, onSize: (size: number) => void): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      onSize(size);
      if (size > max) callback(new AppError('PAYLOAD_TOO_LARGE', `a file may be at most ${max} bytes`, { maxBytes: max }));
      else callback(null, chunk);
    },
  });
}

export async function receiveUpload(request: FastifyRequest, maxBytes: number, stagingPath: () => string): Promise<ReceivedUpload> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send multipart/form-data with the file in the field "file"');
  }
  let staged: StagedFile | undefined;
  let conversationId: string | undefined;
  try {
    const parts = request.parts({
      // Keep the name as sent, so a path in it is refused rather than quietly cut to its end.
      preservePath: true,
      limits: { files: 2, fields: 3, parts: 5, fieldSize: FIELD_BYTES, fieldNameSize: 100, headerPairs: 20, fileSize: maxBytes + 1 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname === 'file') throw invalid('the field "file" must be a file: a part with a filename', { field: 'file' });
        if (part.fieldname !== 'conversationId') {
          throw invalid(`unknown field "${part.fieldname.slice(0, 100)}": send "file" and, optionally, "conversationId"`);
        }
        if (part.valueTruncated) throw invalid(`the field conversationId may be at most ${FIELD_BYTES} bytes`, { field: 'conversationId' });
        const value = String(part.value);
        if (!ID.test(value)) throw invalid('conversationId is not a valid id', { field: 'conversationId' });
        // Two would leave it to chance which conversation the file is for.
        if (conversationId !== undefined) throw invalid('send conversationId once', { field: 'conversationId' });
        conversationId = value;
        continue;
      }
      if (part.fieldname !== 'file') throw invalid('the file must come in the field "file"', { field: 'file' });
      if (staged) throw invalid('send exactly one file per upload', { field: 'file' });
      // A part whose type is not text is a file to busboy even without a filename (FormData with a name of '').
      // Browsers write a name's `"` as %22 in the part's header (HTML's form encoding; CR and LF
      // as %0D and %0A, which names may not hold anyway): the name the user sees has the quote.
      const name: string | undefined = part.filename?.replaceAll('%22', '"');
      if (name === undefined) throw invalid('the file name is missing: send it as the filename of the part "file"', { field: 'file' });
      const file: StagedFile = { path: stagingPath(), size: 0, name };
      staged = file;
      await streamToNewFile(file.path, part.file, byteLimit(maxBytes, (size) => (file.size = size)));
    }
  } catch (error) {
    if (staged) await rm(staged.path, { force: true });
    throw malformedMultipart(error) ?? error;
  }
  if (!staged) throw invalid('no file: send it in the multipart field "file"', { field: 'file' });
  return { staged, conversationId };
}

/**
 * The multipart parser's own complaints about the body (no boundary, a part cut short) are plain
 * errors with neither a code nor a status, unlike the plugin's limits (which carry a status) and
 * the system's (a code): they are the client's to fix.
 */
function malformedMultipart(error: unknown): AppError | undefined {
  if (!(error instanceof Error) || error instanceof AppError) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (code !== undefined || statusCode !== undefined) return undefined;
  // In Parley's words: the parser's own (busboy's) name its internals.
  if (/boundary/i.test(error.message)) return invalid('the multipart body has no boundary: send the Content-Type multipart/form-data with its boundary');
  if (/unexpected end|terminated early/i.test(error.message)) return invalid('the multipart body ended before its last part did');
  return invalid('the multipart body is malformed');
}
