import { rm } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { UrlVariant } from '../../attachments/url-signer.js';
import { ACCEPTED_MIME_TYPES } from '../../attachments/file-types.js';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { requireUser } from '../auth.plugin.js';
import { parseByteRange } from '../byte-range.js';
import { errorResponses, Id, IdParams, Text } from '../schemas/common.js';
import { Attachment } from '../../schemas/views.js';
import { receiveUpload } from '../upload-receiver.js';

const SignedQuery = Type.Object(
  {
    u: Type.Optional(Id('the user the link was made for')),
    exp: Type.Optional(Type.String({ pattern: '^\\d{1,12}$', description: 'expiry, Unix seconds' })),
    sig: Type.Optional(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_-]*$', description: 'signature' })),
  },
  { additionalProperties: false },
);

const Binary = Type.String({ format: 'binary', description: 'the bytes' });

export const attachmentsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { attachments } = ctx;
  // Multipart is parsed only on these routes; every other route still takes JSON only.
  await app.register(multipart);

  const UploadForm = Type.Object(
    {
      file: Type.String({ format: 'binary', description: 'the file; its type is judged by its bytes' }),
      conversationId: Type.Optional(Id('the conversation the file is for; it can then be sent there only')),
    },
    { required: ['file'] },
  );
  const AttachmentRef = Attachment;

  app.post(
    '/attachments',
    {
      config: { access: 'user' },
      schema: {
        tags: ['attachments'],
        operationId: 'uploadAttachment',
        summary: 'Upload a file (multipart/form-data, streamed)',
        description:
          `Exactly one file in the field \`file\`, and optionally \`conversationId\`. The type is judged by the bytes: ` +
          `${ACCEPTED_MIME_TYPES.join(', ')}; others answer 415. Images are at most ${attachments.settings.maxImageBytes} bytes ` +
          `and ${attachments.settings.maxImagePixels} pixels, other files ${attachments.settings.maxFileBytes} bytes (413 beyond). ` +
          'Images are re-encoded upright without metadata (no EXIF, no GPS) and get width, height and a thumbnail. ' +
          'The file is visible to its uploader until a message carries it (`attachmentIds`); never sent, it is removed after ATTACHMENT_ORPHAN_HOURS, or at once when the conversation it was uploaded for is deleted for everyone or its uploader is erased. ' +
          'A daily quota per user answers 429.',
        consumes: ['multipart/form-data'],
        body: UploadForm,
        response: { 201: AttachmentRef, ...errorResponses(404, 413, 415) },
      },
      // The body is a stream read by the handler, not a parsed object to validate.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const actor = requireUser(request);
      // Refuse at once when the quota is already used up, before reading any bytes.
      await attachments.checkQuota(actor.userId, 0);
      const { staged, conversationId } = await receiveUpload(request, attachments.maxUploadBytes, () => attachments.stagingPath());
      try {
        return reply.status(201).send(await attachments.upload(actor, staged, conversationId));
      } finally {
        await rm(staged.path, { force: true });
      }
    },
  );

  const DirectUploadBody = Type.Object(
    {
      name: Text(1000, { minLength: 1, description: 'the file name' }),
      mimeType: Type.String({ minLength: 1, maxLength: 100, description: 'the type the client will upload' }),
      size: Type.Integer({ minimum: 1, description: 'the exact size in bytes' }),
      conversationId: Type.Optional(Id()),
    },
    { additionalProperties: false },
  );
  const DirectUploadView = Type.Object({
    attachment: Type.Object({ ...Attachment.properties, status: Type.Literal('pending') }),
    upload: Type.Object({
      method: Type.Literal('POST'),
      url: Type.String(),
      fields: Type.Record(Type.String(), Type.String()),
      expiresAt: Type.String({ format: 'date-time' }),
    }),
  });

  app.post(
    '/attachments/uploads',
    {
      config: { access: 'user' },
      schema: {
        tags: ['attachments'],
        operationId: 'createDirectUpload',
        summary: 'Start a direct upload to S3 (S3 storage only)',
        description:
          'Answers a presigned form upload (POST `url` with `fields` and then the file as field `file`), valid 10 minutes and bound ' +
          'to the key, size and type given, and a pending attachment. After uploading, call POST /attachments/{id}/complete: the ' +
          'stored bytes are then checked exactly as an upload through Parley. With local storage this route answers 404; while ' +
          'files are encrypted at rest (ENCRYPTION_KEYS) it answers 409, since the store would hold the plaintext: upload through ' +
          'POST /attachments instead.',
        body: DirectUploadBody,
        response: { 201: DirectUploadView, ...errorResponses(404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await attachments.createDirectUpload(requireUser(request), request.body)),
  );

  app.post(
    '/attachments/:id/complete',
    {
      config: { access: 'user' },
      schema: {
        tags: ['attachments'],
        operationId: 'completeDirectUpload',
        summary: 'Finish a direct upload: the stored bytes are checked',
        description: 'A file that fails the checks is removed from the store with its attachment, and the error says why.',
        params: IdParams,
        response: { 200: AttachmentRef, ...errorResponses(404, 409, 413, 415) },
      },
    },
    async (request) => attachments.completeDirectUpload(requireUser(request), request.params.id),
  );

  /** The caller: a signed link's user, or whoever the request's credentials name. */
  function viewerOf(request: FastifyRequest<{ Querystring: { u?: string; exp?: string; sig?: string } }>, id: string, variant: UrlVariant) {
    const { u, exp, sig } = request.query;
    if (u === undefined && exp === undefined && sig === undefined) {
      // Neither a link nor credentials: the same answer whether the file exists or not.
      if (request.actor === null) throw new AppError('UNAUTHENTICATED', 'give credentials, or use the signed link from the attachment object');
      return request.actor;
    }
    const verified = attachments.signer.verify(id, variant, { u, exp, sig });
    if (!verified.ok) {
      throw new AppError('FORBIDDEN', verified.reason === 'expired' ? 'this link has expired; load the message again for a fresh one' : 'this link is not valid');
    }
    return { kind: 'link' as const, userId: verified.userId };
  }

  async function serve(request: FastifyRequest, reply: FastifyReply, viewer: Actor | { kind: 'link'; userId: string }, id: string, variant: UrlVariant) {
    const download = await attachments.download(viewer, id, variant);
    // Nothing served here may run as a page of Parley's origin, whatever a browser makes of it.
    reply.header('content-security-policy', "sandbox; default-src 'none'");
    reply.header('x-content-type-options', 'nosniff');
    const cache = `private, max-age=${attachments.cacheSeconds}`;
    const redirect = await attachments.signedRedirect(download);
    if (redirect !== undefined) return reply.header('cache-control', cache).redirect(redirect, 302);
    const range = parseByteRange(request.headers.range, download.size, request.headers['if-range'] as string | undefined);
    if (range === 'unsatisfiable') {
      reply.header('cache-control', cache).header('content-range', `bytes */${download.size}`);
      throw new AppError('RANGE_NOT_SATISFIABLE', `the range starts past the end of the file (${download.size} bytes)`, { size: download.size });
    }
    // The bytes are opened before the file's headers are set: an error answered instead (the
    // store away, the file gone) must not carry them, or a browser would save it as the file.
    const bytes = await attachments.read(download, range);
    reply.header('cache-control', cache);
    reply.header('accept-ranges', 'bytes');
    reply.header('content-disposition', download.disposition);
    reply.type(download.contentType);
    if (range) {
      reply.status(206);
      reply.header('content-range', `bytes ${range.start}-${range.end}/${download.size}`);
      reply.header('content-length', range.end - range.start + 1);
    } else {
      reply.header('content-length', download.size);
    }
    return reply.send(bytes);
  }

  const header = (description: string) => ({ type: 'string', description });
  /** Sent with every download answer, the redirect included. */
  const guardHeaders = {
    'Content-Security-Policy': header("`sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin"),
    'X-Content-Type-Options': header('`nosniff`'),
    'Cache-Control': header('`private, max-age=…`: the browser may keep it, shared caches may not'),
  };
  const fileHeaders = {
    ...guardHeaders,
    'Content-Disposition': header("`inline` for images, `attachment` for other files, with the file's name"),
    'Accept-Ranges': header('`bytes`'),
    'Content-Length': header('the bytes in this answer'),
  };
  const downloadResponses = {
    200: { ...Binary, headers: fileHeaders },
    206: {
      ...Binary,
      description: 'one byte range (Range: bytes=…)',
      headers: { ...fileHeaders, 'Content-Range': header('`bytes start-end/size`') },
    },
    302: Type.Null({
      description: 'with S3 storage and files not encrypted at rest: a redirect to a short-lived presigned URL',
      headers: { ...guardHeaders, Location: header('the presigned URL') },
    }),
    ...errorResponses(403, 404),
    416: {
      ...Type.Ref('Error'),
      description: 'the byte range starts past the end of the file',
      headers: { ...guardHeaders, 'Content-Range': header('`bytes */size`') },
    },
  };

  app.get(
    '/attachments/:id',
    {
      config: { access: 'userOrSignedLink' },
      schema: {
        tags: ['attachments'],
        operationId: 'downloadAttachment',
        summary: 'Download a file',
        description:
          'For the uploader and the participants of a conversation it was sent in; 404 for everyone else. Authenticate with ' +
          'the usual credentials, or use the signed `url` of the attachment object (no header needed; 403 once altered or ' +
          'expired; neither a link nor credentials: 401, whether the file exists or not). Single byte ranges are answered with 206. Served with Content-Disposition, nosniff and ' +
          '`Content-Security-Policy: sandbox`.',
        params: IdParams,
        querystring: SignedQuery,
        response: downloadResponses,
      },
    },
    async (request, reply) => serve(request, reply, viewerOf(request, request.params.id, 'file'), request.params.id, 'file'),
  );

  app.get(
    '/attachments/:id/thumbnail',
    {
      config: { access: 'userOrSignedLink' },
      schema: {
        tags: ['attachments'],
        operationId: 'downloadAttachmentThumbnail',
        summary: 'The WebP thumbnail of an image (fits 320×320)',
        description: 'Same access as the file; 404 for files that are not images.',
        params: IdParams,
        querystring: SignedQuery,
        response: downloadResponses,
      },
    },
    async (request, reply) =>
      serve(request, reply, viewerOf(request, request.params.id, 'thumbnail'), request.params.id, 'thumbnail'),
  );
};
