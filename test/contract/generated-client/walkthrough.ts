// Every operation of the API, called through a client generated from /openapi.json
// (openapi-typescript + openapi-fetch), as a platform team would write it: no casts, no
// headers beyond the documented credentials, no placeholder arguments. It compiles under
// --strict (see tsconfig.json here) and runs against a real server (walkthrough.test.ts).
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './parley-api.js';

export interface WalkthroughCredentials {
  /** Bearer tokens of three users and an admin, and the platform's service key. */
  alice: string;
  bob: string;
  carol: string;
  admin: string;
  serviceKey: string;
  /** The user ids in those tokens. */
  ids: { alice: string; bob: string; carol: string; dave: string };
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function ok<T>(answer: Answer<T>, what: string): T {
  if (answer.data === undefined) throw new Error(`${what}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data;
}

function status(answer: { response: Response }, expected: number, what: string): void {
  if (answer.response.status !== expected) throw new Error(`${what}: ${answer.response.status}, expected ${expected}`);
}

/** Calls every operation once or more; answers the operations called, as "METHOD /path". */
export async function walkthrough(baseUrl: string, credentials: WalkthroughCredentials): Promise<Set<string>> {
  const called = new Set<string>();
  const record: Middleware = {
    onRequest({ request, schemaPath }) {
      called.add(`${request.method} ${schemaPath}`);
    },
  };
  const client = (headers: Record<string, string>) => {
    const made = createClient<paths>({ baseUrl, headers });
    made.use(record);
    return made;
  };
  const anyone = client({});
  const service = client({ 'X-Service-Key': credentials.serviceKey });
  const alice = client({ Authorization: `Bearer ${credentials.alice}` });
  const bob = client({ Authorization: `Bearer ${credentials.bob}` });
  const carol = client({ Authorization: `Bearer ${credentials.carol}` });
  const admin = client({ Authorization: `Bearer ${credentials.admin}` });
  const { ids } = credentials;

  // The service and its documents.
  ok(await anyone.GET('/'), 'service info');
  ok(await anyone.GET('/health'), 'health');
  ok(await anyone.GET('/ready'), 'ready');
  const document = ok(await anyone.GET('/openapi.json'), 'document');
  if (!document.openapi.startsWith('3.')) throw new Error('not an OpenAPI 3 document');

  // Users: pushed by the platform, or made to try the service.
  const trial = ok(await anyone.POST('/users', { body: { username: `trial_${ids.alice}` } }), 'trial user');
  ok(await service.PUT('/users/{id}', { params: { path: { id: ids.alice } }, body: { username: `alice_${ids.alice}`, displayName: 'Alice' } }), 'upsert');
  ok(
    await service.POST('/users/sync', {
      body: { users: [{ id: ids.bob, displayName: 'Bob' }, { id: ids.carol, displayName: 'Carol' }, { id: ids.dave, displayName: 'Dave' }] },
    }),
    'sync users',
  );
  const me = ok(await alice.GET('/me'), 'me');
  ok(await alice.GET('/me/unread'), 'unread');
  ok(await alice.GET('/users/{id}', { params: { path: { id: trial.id } } }), 'a user');
  if (me.username !== null) ok(await bob.GET('/users/by-username/{username}', { params: { path: { username: me.username } } }), 'by username');

  // Conversations.
  const direct = ok(
    await alice.POST('/conversations', {
      body: { type: 'DIRECT', participantIds: [ids.bob], context: { type: 'listing', id: `lst_${ids.alice}`, title: 'Vintage Camera' }, message: 'Is it available?' },
    }),
    'create direct',
  );
  const group = ok(await alice.POST('/conversations', { body: { type: 'GROUP', participantIds: [ids.bob, ids.carol], title: 'Pickup' } }), 'create group');
  ok(await alice.GET('/conversations', { params: { query: { limit: 10, type: 'DIRECT' } } }), 'list');
  ok(await alice.GET('/conversations/{id}', { params: { path: { id: direct.id } } }), 'get');
  ok(await alice.PATCH('/conversations/{id}', { params: { path: { id: group.id } }, body: { title: 'Pickup on Saturday' } }), 'patch');
  ok(await alice.POST('/conversations/{id}/participants', { params: { path: { id: group.id } }, body: { userIds: [ids.dave] } }), 'add participant');
  status(await alice.DELETE('/conversations/{id}/participants/{userId}', { params: { path: { id: group.id, userId: ids.dave } } }), 204, 'remove participant');
  ok(await bob.POST('/conversations/{id}/archive', { params: { path: { id: group.id } } }), 'archive');
  ok(await bob.POST('/conversations/{id}/unarchive', { params: { path: { id: group.id } } }), 'unarchive');

  // Messages.
  const sent = ok(
    await alice.POST('/conversations/{id}/messages', { params: { path: { id: direct.id } }, body: { content: 'Pickup at noon?', clientMessageId: `c-${ids.alice}` } }),
    'send',
  );
  ok(await bob.GET('/conversations/{id}/messages', { params: { path: { id: direct.id }, query: { limit: 20 } } }), 'list messages');
  ok(await bob.GET('/messages/{id}', { params: { path: { id: sent.id } } }), 'get message');
  ok(await alice.PATCH('/messages/{id}', { params: { path: { id: sent.id } }, body: { content: 'Pickup at one?' } }), 'edit');
  ok(await bob.POST('/messages/{id}/reactions', { params: { path: { id: sent.id } }, body: { emoji: '👍' } }), 'react');
  status(await bob.DELETE('/messages/{id}/reactions/{emoji}', { params: { path: { id: sent.id, emoji: '👍' } } }), 204, 'unreact');
  ok(await bob.POST('/messages/{id}/read', { params: { path: { id: sent.id } } }), 'read through a message');
  ok(await bob.POST('/conversations/{id}/read', { params: { path: { id: direct.id } } }), 'read a conversation');
  const report = ok(await bob.POST('/messages/{id}/report', { params: { path: { id: sent.id } }, body: { reason: 'spam' } }), 'report a message');
  const userReport = ok(await carol.POST('/reports', { body: { target: { type: 'user', id: ids.alice }, reason: 'rude' } }), 'report a user');

  // Attachments: an upload through Parley (multipart), its download; direct uploads need S3.
  const upload = ok(
    await alice.POST('/attachments', {
      body: { file: new Blob(['a plain note'], { type: 'text/plain' }), conversationId: direct.id },
      bodySerializer: (body) => {
        const form = new FormData();
        if (body.conversationId !== undefined) form.append('conversationId', body.conversationId);
        form.append('file', body.file, 'note.txt');
        return form;
      },
    }),
    'upload',
  );
  const bytes = ok(await alice.GET('/attachments/{id}', { params: { path: { id: upload.id } }, parseAs: 'text' }), 'download');
  if (bytes !== 'a plain note') throw new Error('the download differs from the upload');
  status(await alice.GET('/attachments/{id}/thumbnail', { params: { path: { id: upload.id } }, parseAs: 'blob' }), 404, 'no thumbnail for text');
  status(await alice.POST('/attachments/uploads', { body: { name: 'photo.jpg', mimeType: 'image/jpeg', size: 1024 } }), 404, 'direct upload without S3');
  // An upload through Parley is complete already: completing it again answers it as it is.
  ok(await alice.POST('/attachments/{id}/complete', { params: { path: { id: upload.id } } }), 'complete');

  // Contexts and what they say about responders.
  const listing = `lst_${ids.alice}`;
  ok(await service.PUT('/contexts/{type}/{id}', { params: { path: { type: 'listing', id: listing } }, body: { title: 'Vintage Camera (sold)', state: 'booked' } }), 'put context');
  ok(await alice.GET('/contexts/{type}/{id}', { params: { path: { type: 'listing', id: listing } } }), 'get context');
  ok(await bob.GET('/analytics/responders/{userId}', { params: { path: { userId: ids.bob }, query: { days: 7 } } }), 'responder analytics');
  ok(await service.GET('/analytics/contexts', { params: { query: { contextType: 'listing' } } }), 'context analytics');

  // Catch-up, search, presence, blocks.
  const head = ok(await bob.GET('/sync'), 'sync head');
  ok(await bob.GET('/sync', { params: { query: { since: head.cursor, limit: 50 } } }), 'sync');
  ok(await bob.GET('/search', { params: { query: { q: 'pickup' } } }), 'search');
  ok(await alice.GET('/presence', { params: { query: { userIds: `${ids.bob},${ids.carol}` } } }), 'presence');
  ok(await alice.POST('/blocks', { body: { userId: ids.carol, reason: 'spam' } }), 'block');
  ok(await alice.GET('/blocks'), 'blocks');
  status(await alice.DELETE('/blocks/{userId}', { params: { path: { userId: ids.carol } } }), 204, 'unblock');

  // Moderators and admins.
  ok(await admin.GET('/admin/moderation/queue'), 'queue');
  ok(await admin.POST('/admin/messages/{id}/moderation', { params: { path: { id: sent.id } }, body: { action: 'approve' } }), 'approve');
  // Approving the message closed the reports on it; the report on the user is still open.
  ok(await admin.POST('/admin/reports/{id}/resolve', { params: { path: { id: userReport.id } }, body: { resolution: 'no action' } }), 'resolve');
  ok(await admin.GET('/admin/conversations/{id}/messages', { params: { path: { id: direct.id }, query: { reason: 'report review' } } }), 'moderator read');
  const deadLetters = ok(await admin.GET('/admin/events/dead-letters', { params: { query: { includeReplayed: true } } }), 'dead letters');
  for (const deadLetter of deadLetters.data) {
    ok(await admin.POST('/admin/events/dead-letters/{id}/replay', { params: { path: { id: deadLetter.id } } }), 'replay');
  }
  if (deadLetters.data.length === 0) {
    // No sink is configured here, so nothing was dead-lettered: the report's id is no dead letter.
    status(await admin.POST('/admin/events/dead-letters/{id}/replay', { params: { path: { id: report.id } } }), 404, 'replay');
  }
  ok(await admin.GET('/admin/audit-log', { params: { query: { limit: 5 } } }), 'audit log');
  ok(await service.GET('/admin/audit-log/verify'), 'verify');
  const encryption = ok(await admin.GET('/admin/encryption'), 'encryption status');
  // The walkthrough's server runs without ENCRYPTION_KEYS: nothing to rotate to.
  status(await admin.POST('/admin/encryption/rotate'), encryption.enabled ? 202 : 409, 'rotate');

  ok(await alice.GET('/users/{id}/export', { params: { path: { id: ids.alice } } }), 'own export');

  // Endings.
  status(await alice.DELETE('/messages/{id}', { params: { path: { id: sent.id } } }), 204, 'delete message');
  status(await carol.DELETE('/conversations/{id}', { params: { path: { id: group.id } } }), 204, 'leave');
  // GDPR: Dave exports what Parley holds about him, then the platform erases him.
  ok(await service.GET('/users/{id}/export', { params: { path: { id: ids.dave } } }), 'export');
  ok(await service.DELETE('/users/{id}', { params: { path: { id: ids.dave } } }), 'erase');
  return called;
}
