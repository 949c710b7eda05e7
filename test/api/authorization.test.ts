// Who may do what, as a table: every REST route and every socket command (on both transports)
// against every kind of caller, each cell asserting the status (or the socket error code) the
// contract promises and, when the call is refused, that nothing at all changed in the database.
// The table must cover every route the server serves: a new route without a row fails here.
//
// Callers act in a group conversation G (OWNER, ADMIN, MEMBER, a removed participant, and
// users who take no part in it), except `blocked`, who acts in the DIRECT conversation D whose
// other participant blocked them. Every cell runs on one shared world, refusals first (each
// proves it changed nothing), except successes that undo what other cells rely on (deleting,
// leaving): each of those gets a world of its own.
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ID,
  asService,
  asUser,
  Client,
  type Response,
  SERVICE_KEY,
  signToken,
  startServer,
  type TestServer,
  uniqueId,
  withToken,
} from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { waitUntil } from '../support/wait.js';
import { connectSocketIo, connectWebSocket, type SocketIoClient, type WsClient } from '../support/sockets.js';

const CALLERS = ['owner', 'groupAdmin', 'member', 'removed', 'outsider', 'blocked', 'moderator', 'admin', 'service', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];
/** Callers that are users: they can hold a socket. */
const USER_CALLERS = CALLERS.filter((c): c is Exclude<Caller, 'service' | 'anonymous'> => c !== 'service' && c !== 'anonymous');
type UserCaller = (typeof USER_CALLERS)[number];

const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  USER_BLOCKED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CONVERSATION_CLOSED: 409,
} as const;
type ErrorCode = keyof typeof ERROR_STATUS;
/** A success status, or the error code of a refusal. */
type Outcome = 200 | 201 | 204 | ErrorCode;

// Json bodies are inspected field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface World {
  users: Record<UserCaller, string> & { blocker: string };
  moderatorToken: string;
  group: string;
  direct: string;
  /** In G, by member, with member's 👍. */
  memberMessage: string;
  /** In D, by blocked before the block, with blocked's 👍. */
  blockedMessage: string;
  memberAttachment: string;
  blockedAttachment: string;
  /** An open report (D's blocker reported D). */
  report: string;
  memberUsername: string;
}

/** What a caller's request is aimed at: G and its objects, or D's for `blocked`. */
interface Target {
  conversationId: string;
  messageId: string;
  /** Someone to remove from the conversation. */
  participantId: string;
  /** A user to start a DIRECT conversation with. */
  peerId: string;
  /** A user the caller may look up. */
  userId: string;
  username: string;
  /** A user whose block may be lifted (only D's blocker has one on them). */
  blockedUserId: string;
  /** Who the service key acts for when it creates a conversation. */
  onBehalfOf: string;
  /** An image uploaded for the conversation by member (G) or blocked (D), not sent yet. */
  attachmentId: string;
  reportId: string;
}

function targetFor(world: World, caller: Caller): Target {
  const common = {
    userId: world.users.member,
    username: world.memberUsername,
    blockedUserId: world.users.blocked,
    onBehalfOf: world.users.owner,
    reportId: world.report,
  };
  if (caller === 'blocked') {
    return {
      ...common,
      conversationId: world.direct,
      messageId: world.blockedMessage,
      attachmentId: world.blockedAttachment,
      participantId: world.users.blocker,
      peerId: world.users.blocker,
    };
  }
  return {
    ...common,
    conversationId: world.group,
    messageId: world.memberMessage,
    attachmentId: world.memberAttachment,
    participantId: world.users.member,
    peerId: uniqueId('peer'),
  };
}

function credentialsOf(world: World, caller: Caller): Record<string, string> {
  if (caller === 'service') return { 'x-service-key': SERVICE_KEY };
  if (caller === 'anonymous') return {};
  if (caller === 'moderator') return { authorization: `Bearer ${world.moderatorToken}` };
  return { 'x-user-id': world.users[caller] };
}

async function must(response: Promise<Response<Json>>, what: string): Promise<Json> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** G with an OWNER, an ADMIN, a MEMBER and a removed participant; D between a blocker and the user they blocked. */
async function buildWorld(server: TestServer): Promise<World> {
  const users = {
    owner: uniqueId('owner'),
    groupAdmin: uniqueId('gadmin'),
    member: uniqueId('member'),
    removed: uniqueId('removed'),
    outsider: uniqueId('outsider'),
    blocked: uniqueId('blocked'),
    blocker: uniqueId('blocker'),
    moderator: uniqueId('moderator'),
    admin: ADMIN_ID,
  };
  const memberUsername = `name_${users.member}`;
  const moderatorToken = await signToken({ sub: users.moderator, role: 'moderator' });
  const as = (id: string) => asUser(server, id);
  const group = await must(
    as(users.owner).post('/conversations', {
      type: 'GROUP',
      title: 'G',
      participantIds: [users.groupAdmin, users.member, users.removed],
      context: AUTHZ_CONTEXT,
    }),
    'create G',
  );
  await must(as(users.owner).post(`/conversations/${group.id}/participants`, { userIds: [users.groupAdmin], role: 'ADMIN' }), 'make ADMIN');
  await must(as(users.owner).delete(`/conversations/${group.id}/participants/${users.removed}`), 'remove');
  const memberAttachment = await uploadImage(server, users.member, group.id);
  const memberMessage = await must(
    asUser(server, users.member, memberUsername).post(`/conversations/${group.id}/messages`, { content: 'hello world' }),
    'member sends',
  );
  await must(as(users.member).post(`/messages/${memberMessage.id}/reactions`, { emoji: '👍' }), 'member reacts');
  const direct = await must(as(users.blocker).post('/conversations', { participantIds: [users.blocked], context: AUTHZ_CONTEXT }), 'create D');
  await must(asService(server).put(`/contexts/${AUTHZ_CONTEXT.type}/${AUTHZ_CONTEXT.id}`, { title: 'Camera' }), 'describe the context');
  const blockedAttachment = await uploadImage(server, users.blocked, direct.id);
  const blockedMessage = await must(as(users.blocked).post(`/conversations/${direct.id}/messages`, { content: 'hello blocker' }), 'blocked sends');
  await must(as(users.blocked).post(`/messages/${blockedMessage.id}/reactions`, { emoji: '👍' }), 'blocked reacts');
  await must(as(users.blocker).post('/blocks', { userId: users.blocked }), 'block');
  const report = await must(as(users.blocker).post('/reports', { target: { type: 'conversation', id: direct.id }, reason: 'spam' }), 'report');
  // Thumbnails are made in the background: the world is ready once both exist.
  await waitUntil(async () => (await as(users.member).get(`/attachments/${memberAttachment}/thumbnail`)).status === 200, 'G’s thumbnail');
  await waitUntil(async () => (await as(users.blocked).get(`/attachments/${blockedAttachment}/thumbnail`)).status === 200, 'D’s thumbnail');
  // Every caller has called once: a refusal must not be the call that first stores a profile.
  await must(as(users.outsider).get('/me'), 'outsider');
  await must(withToken(server, moderatorToken).get('/me'), 'moderator');
  await must(as(ADMIN_ID).get('/me'), 'admin');
  return {
    users,
    moderatorToken,
    group: group.id,
    direct: direct.id,
    memberMessage: memberMessage.id,
    blockedMessage: blockedMessage.id,
    memberAttachment,
    blockedAttachment,
    report: report.id,
    memberUsername,
  };
}

/** Both G and D are about this context. */
const AUTHZ_CONTEXT = { type: 'listing', id: 'lst_authz' };

let png: Buffer | undefined;
const imageForm = async (conversationId?: string): Promise<FormData> => {
  png ??= await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3366cc' } }).png().toBuffer();
  const form = new FormData();
  if (conversationId !== undefined) form.append('conversationId', conversationId);
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'square.png');
  return form;
};

/** An image uploaded for a conversation and not sent yet: its uploader's alone. */
async function uploadImage(server: TestServer, userId: string, conversationId: string): Promise<string> {
  return (await must(asUser(server, userId).request('POST', '/attachments', await imageForm(conversationId)), 'upload')).id;
}

const tablesOf = new WeakMap<TestServer, string[]>();

/**
 * Everything the database holds, minus what a call may legitimately touch without changing
 * anything (a profile's `updated_at` when a known caller is seen again). The search index is
 * written after the commit, in the background: it is caught up first, so that the indexing of
 * an earlier send is not taken for a change made by the refused call.
 */
async function snapshot(server: TestServer): Promise<string[]> {
  await server.parley.ctx.searchIndexer.catchUp();
  const { db, dialect } = server.parley.ctx.database;
  let tables = tablesOf.get(server);
  if (tables === undefined) {
    tables = (await db.introspection.getTables()).map((t) => t.name).filter((name) => !/^(sqlite_|kysely_)|_fts/.test(name));
    tablesOf.set(server, tables);
  }
  const dump: string[] = [];
  if (dialect.name === 'postgres') {
    // One round trip for every table.
    const union = tables
      .map((table) => `select '${table}' as t, (to_jsonb(x) - ${table === 'users' ? "'updated_at'" : "''"})::text as r from "${table}" x`)
      .join(' union all ');
    const { rows } = await sql<{ t: string; r: string }>`${sql.raw(union)}`.execute(db);
    for (const row of rows) dump.push(`${row.t} ${row.r}`);
  } else {
    for (const table of tables) {
      // Any table, whatever its columns: the dump is compared, not read.
      const rows = (await db.selectFrom(table as never).selectAll().execute()) as Record<string, unknown>[];
      for (const row of rows) dump.push(`${table} ${JSON.stringify({ ...row, ...(table === 'users' ? { updated_at: undefined } : {}) })}`);
    }
  }
  return dump.sort();
}

// ---------------------------------------------------------------------------------------------
// The REST table. Each row: the route as Fastify knows it, the request aimed at the caller's
// target, and the outcome per caller.

type Expectations = Record<Caller, Outcome>;

interface RouteRow {
  method: string;
  /** Relative to API_PREFIX, unless `absolute`. */
  url: string;
  absolute?: boolean;
  request(target: Target, caller: Caller): { path: string; body?: unknown } | Promise<{ path: string; body?: unknown }>;
  expect: Expectations;
  /** Its successes undo what other cells rely on (a deletion, a departure): each gets a world of its own. */
  destructive?: boolean;
  /** Cells the contract promises and the service does not keep yet: reported as todo. */
  pending?: Partial<Record<Caller, string>>;
}

const allCallers = (outcome: Outcome): Expectations => Object.fromEntries(CALLERS.map((c) => [c, outcome])) as Expectations;
/** Any signed-in user; the service key acts for no user. */
const anyUser = (outcome: Outcome, overrides: Partial<Expectations> = {}): Expectations => ({
  ...allCallers(outcome),
  service: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
  ...overrides,
});
/** Any caller with credentials, the service key included. */
const anyActor = (outcome: Outcome): Expectations => ({ ...allCallers(outcome), anonymous: 'UNAUTHENTICATED' });
/** The active participants of the conversation; to everyone else it does not exist. */
const participants = (outcome: Outcome, overrides: Partial<Expectations> = {}): Expectations => ({
  owner: outcome,
  groupAdmin: outcome,
  member: outcome,
  blocked: outcome,
  removed: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  moderator: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  service: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
  ...overrides,
});
/** The conversation's OWNER and ADMINs (`blocked` is D's MEMBER). */
const managers = (outcome: Outcome, overrides: Partial<Expectations> = {}): Expectations =>
  participants(outcome, { member: 'FORBIDDEN', blocked: 'FORBIDDEN', ...overrides });
const serviceOnly = (outcome: Outcome): Expectations => ({ ...allCallers('FORBIDDEN'), service: outcome, anonymous: 'UNAUTHENTICATED' });
const moderators = (outcome: Outcome): Expectations => ({ ...platformAdmins(outcome), moderator: outcome });
const platformAdmins = (outcome: Outcome): Expectations => ({ ...allCallers('FORBIDDEN'), admin: outcome, service: outcome, anonymous: 'UNAUTHENTICATED' });

const get = (path: string) => () => ({ path });

const ROUTES: RouteRow[] = [
  // Public: anyone, credentials or not.
  { method: 'GET', url: '', request: get(''), expect: allCallers(200) },
  { method: 'GET', url: '/health', request: get('/health'), expect: allCallers(200) },
  { method: 'GET', url: '/ready', request: get('/ready'), expect: allCallers(200) },
  { method: 'GET', url: '/openapi.json', request: get('/openapi.json'), expect: allCallers(200) },
  { method: 'GET', url: '/docs', request: get('/docs'), expect: allCallers(200) },
  { method: 'GET', url: '/docs/static/index.html', request: get('/docs/static/index.html'), expect: allCallers(200) },
  { method: 'GET', url: '/docs/static/swagger-initializer.js', request: get('/docs/static/swagger-initializer.js'), expect: allCallers(200) },
  { method: 'GET', url: '/docs/static/*', request: get('/docs/static/swagger-ui.css'), expect: allCallers(200) },
  { method: 'GET', url: '/docs/json', request: get('/docs/json'), expect: allCallers(200) },
  { method: 'GET', url: '/docs/yaml', request: get('/docs/yaml'), expect: allCallers(200) },
  { method: 'GET', url: '/metrics', absolute: true, request: get('/metrics'), expect: allCallers(200) },
  // The chat page and its assets (built before the tests by test/support/build-page.ts).
  { method: 'GET', url: '/app/', absolute: true, request: get('/app/'), expect: allCallers(200) },
  { method: 'GET', url: '/app/config.json', absolute: true, request: get('/app/config.json'), expect: allCallers(200) },
  { method: 'GET', url: '/app/*', absolute: true, request: get('/app/app.js'), expect: allCallers(200) },
  // Dev mode lets anyone make a user to try the service.
  { method: 'POST', url: '/users', request: () => ({ path: '/users', body: { username: uniqueId('trial') } }), expect: allCallers(201) },

  // Users.
  { method: 'GET', url: '/me', request: get('/me'), expect: anyUser(200) },
  { method: 'GET', url: '/me/unread', request: get('/me/unread'), expect: anyUser(200) },
  { method: 'GET', url: '/users/:id', request: (t) => ({ path: `/users/${t.userId}` }), expect: anyActor(200) },
  { method: 'GET', url: '/users/by-username/:username', request: (t) => ({ path: `/users/by-username/${t.username}` }), expect: anyActor(200) },
  { method: 'PUT', url: '/users/:id', request: (t) => ({ path: `/users/${t.userId}`, body: { displayName: 'Renamed' } }), expect: serviceOnly(200) },
  {
    method: 'POST',
    url: '/users/sync',
    request: (t) => ({ path: '/users/sync', body: { users: [{ id: t.userId, displayName: 'Synced' }] } }),
    expect: serviceOnly(200),
  },
  // GDPR: the user themself or the service key exports; to anyone else the user does not exist.
  {
    method: 'GET',
    url: '/users/:id/export',
    request: (t) => ({ path: `/users/${t.userId}/export` }),
    expect: { ...allCallers('NOT_FOUND'), member: 200, service: 200, anonymous: 'UNAUTHENTICATED' },
  },
  { method: 'DELETE', url: '/users/:id', request: (t) => ({ path: `/users/${t.userId}` }), expect: platformAdmins(200), destructive: true },

  // Conversations.
  {
    method: 'POST',
    url: '/conversations',
    // The service key names the user it acts for.
    request: (t, caller) => ({
      path: '/conversations',
      body: { participantIds: [t.peerId], ...(caller === 'service' ? { createdBy: t.onBehalfOf } : {}) },
    }),
    expect: anyUser(201, { blocked: 'USER_BLOCKED', service: 201 }),
  },
  // Contexts and analytics.
  {
    method: 'PUT',
    url: '/contexts/:type/:id',
    request: () => ({ path: `/contexts/listing/${uniqueId('lst')}`, body: { title: 'A listing', state: 'open' } }),
    expect: serviceOnly(201),
  },
  {
    method: 'GET',
    url: '/contexts/:type/:id',
    request: () => ({ path: `/contexts/${AUTHZ_CONTEXT.type}/${AUTHZ_CONTEXT.id}` }),
    expect: participants(200, { service: 200 }),
  },
  {
    method: 'GET',
    url: '/analytics/responders/:userId',
    // Someone none of the callers is: only the platform and admins may read another user's figures.
    request: () => ({ path: `/analytics/responders/${uniqueId('seller')}` }),
    expect: { ...allCallers('NOT_FOUND'), admin: 200, service: 200, anonymous: 'UNAUTHENTICATED' },
  },
  { method: 'GET', url: '/analytics/contexts', request: get('/analytics/contexts'), expect: anyActor(200) },
  { method: 'GET', url: '/conversations', request: get('/conversations'), expect: anyUser(200) },
  { method: 'GET', url: '/conversations/:id', request: (t) => ({ path: `/conversations/${t.conversationId}` }), expect: participants(200) },
  {
    method: 'PATCH',
    url: '/conversations/:id',
    request: (t) => ({ path: `/conversations/${t.conversationId}`, body: { title: 'Renamed' } }),
    expect: managers(200),
  },
  {
    method: 'DELETE',
    url: '/conversations/:id',
    request: (t) => ({ path: `/conversations/${t.conversationId}` }),
    destructive: true,
    // Participants leave (D is hidden); the last OWNER may not leave; admins and the service key delete for everyone.
    expect: participants(204, { owner: 'CONFLICT', admin: 204, service: 204 }),
  },
  { method: 'POST', url: '/conversations/:id/archive', request: (t) => ({ path: `/conversations/${t.conversationId}/archive` }), expect: participants(200) },
  { method: 'POST', url: '/conversations/:id/unarchive', request: (t) => ({ path: `/conversations/${t.conversationId}/unarchive` }), expect: participants(200) },
  {
    method: 'POST',
    url: '/conversations/:id/participants',
    request: (t) => ({ path: `/conversations/${t.conversationId}/participants`, body: { userIds: [uniqueId('joiner')] } }),
    expect: managers(200),
  },
  {
    method: 'DELETE',
    url: '/conversations/:id/participants/:userId',
    destructive: true,
    request: (t) => ({ path: `/conversations/${t.conversationId}/participants/${t.participantId}` }),
    // The member may leave; D keeps its two participants.
    expect: managers(204, { member: 204, blocked: 'CONFLICT' }),
  },
  { method: 'POST', url: '/conversations/:id/read', request: (t) => ({ path: `/conversations/${t.conversationId}/read`, body: {} }), expect: participants(200) },

  // Messages.
  {
    method: 'POST',
    url: '/conversations/:id/messages',
    request: (t) => ({ path: `/conversations/${t.conversationId}/messages`, body: { content: 'one more' } }),
    expect: participants(201, { blocked: 'USER_BLOCKED' }),
  },
  { method: 'GET', url: '/conversations/:id/messages', request: (t) => ({ path: `/conversations/${t.conversationId}/messages` }), expect: participants(200) },
  { method: 'GET', url: '/messages/:id', request: (t) => ({ path: `/messages/${t.messageId}` }), expect: participants(200) },
  {
    method: 'PATCH',
    url: '/messages/:id',
    request: (t) => ({ path: `/messages/${t.messageId}`, body: { content: 'edited' } }),
    // Only the sender edits (member in G; blocked sent theirs in D before the block).
    expect: participants('FORBIDDEN', { member: 200, blocked: 'USER_BLOCKED' }),
  },
  {
    method: 'DELETE',
    url: '/messages/:id',
    request: (t) => ({ path: `/messages/${t.messageId}` }),
    destructive: true,
    // The sender or a moderator (admins and the service key are moderators too).
    expect: participants('FORBIDDEN', { member: 204, blocked: 204, moderator: 204, admin: 204, service: 204 }),
  },
  { method: 'POST', url: '/messages/:id/read', request: (t) => ({ path: `/messages/${t.messageId}/read` }), expect: participants(200) },
  {
    method: 'POST',
    url: '/messages/:id/reactions',
    request: (t) => ({ path: `/messages/${t.messageId}/reactions`, body: { emoji: '🎉' } }),
    expect: participants(201, { blocked: 'USER_BLOCKED' }),
  },
  {
    method: 'DELETE',
    url: '/messages/:id/reactions/:emoji',
    destructive: true,
    request: (t) => ({ path: `/messages/${t.messageId}/reactions/${encodeURIComponent('👍')}` }),
    // Only member (G) and blocked (D) have a 👍 there; taking one's own back is allowed even under a block.
    expect: participants('NOT_FOUND', { member: 204, blocked: 204 }),
  },
  {
    method: 'POST',
    url: '/messages/:id/report',
    request: (t) => ({ path: `/messages/${t.messageId}/report`, body: { reason: 'spam' } }),
    expect: participants(201),
  },

  // Attachments (local storage: direct uploads need S3, so they are not found here).
  { method: 'POST', url: '/attachments', request: async () => ({ path: '/attachments', body: await imageForm() }), expect: anyUser(201) },
  {
    method: 'POST',
    url: '/attachments/uploads',
    request: () => ({ path: '/attachments/uploads', body: { name: 'a.png', mimeType: 'image/png', size: 100 } }),
    expect: anyUser('NOT_FOUND'),
  },
  { method: 'POST', url: '/attachments/:id/complete', request: () => ({ path: '/attachments/no-such-upload/complete' }), expect: anyUser('NOT_FOUND') },
  // Not sent yet: for its uploader alone (and the platform's backend); see test/attachments for sent ones.
  // The route also takes signed links; a caller with neither link nor credentials is told 401.
  {
    method: 'GET',
    url: '/attachments/:id',
    request: (t) => ({ path: `/attachments/${t.attachmentId}` }),
    expect: participants('NOT_FOUND', { member: 200, blocked: 200, service: 200, anonymous: 'UNAUTHENTICATED' }),
  },
  {
    method: 'GET',
    url: '/attachments/:id/thumbnail',
    request: (t) => ({ path: `/attachments/${t.attachmentId}/thumbnail` }),
    expect: participants('NOT_FOUND', { member: 200, blocked: 200, service: 200, anonymous: 'UNAUTHENTICATED' }),
  },

  // Reports and moderation.
  {
    method: 'POST',
    url: '/reports',
    request: (t) => ({ path: '/reports', body: { target: { type: 'conversation', id: t.conversationId }, reason: 'spam' } }),
    expect: participants(201),
  },
  { method: 'GET', url: '/admin/moderation/queue', request: get('/admin/moderation/queue'), expect: moderators(200) },
  {
    method: 'POST',
    url: '/admin/messages/:id/moderation',
    request: (t) => ({ path: `/admin/messages/${t.messageId}/moderation`, body: { action: 'remove' } }),
    destructive: true,
    expect: moderators(200),
  },
  {
    method: 'POST',
    url: '/admin/reports/:id/resolve',
    request: (t) => ({ path: `/admin/reports/${t.reportId}/resolve`, body: { resolution: 'dismissed' } }),
    destructive: true,
    expect: moderators(200),
  },
  {
    method: 'GET',
    url: '/admin/conversations/:id/messages',
    request: (t) => ({ path: `/admin/conversations/${t.conversationId}/messages?reason=${encodeURIComponent('a report came in')}` }),
    expect: moderators(200),
  },
  { method: 'GET', url: '/admin/audit-log', request: get('/admin/audit-log'), expect: platformAdmins(200) },
  { method: 'GET', url: '/admin/audit-log/verify', request: get('/admin/audit-log/verify'), expect: platformAdmins(200) },

  // Catch-up, search, blocks, presence.
  { method: 'GET', url: '/sync', request: get('/sync'), expect: anyUser(200) },
  { method: 'GET', url: '/search', request: get('/search?q=hello'), expect: anyUser(200) },
  { method: 'POST', url: '/blocks', request: () => ({ path: '/blocks', body: { userId: uniqueId('pest') } }), expect: anyUser(201) },
  { method: 'GET', url: '/blocks', request: get('/blocks'), expect: anyUser(200) },
  // Only D's blocker (not a caller here) has a block on `blocked` to lift.
  { method: 'DELETE', url: '/blocks/:userId', request: (t) => ({ path: `/blocks/${t.blockedUserId}` }), expect: anyUser('NOT_FOUND') },
  { method: 'GET', url: '/presence', request: (t) => ({ path: `/presence?userIds=${t.userId}` }), expect: anyUser(200) },

  // Operations.
  { method: 'GET', url: '/admin/events/dead-letters', request: get('/admin/events/dead-letters'), expect: platformAdmins(200) },
  {
    method: 'POST',
    url: '/admin/events/dead-letters/:id/replay',
    request: () => ({ path: '/admin/events/dead-letters/no-such-letter/replay' }),
    expect: platformAdmins('NOT_FOUND'),
  },
  { method: 'GET', url: '/admin/encryption', request: get('/admin/encryption'), expect: platformAdmins(200) },
  // The matrix's server has no ENCRYPTION_KEYS: a rotation has nothing to rotate to.
  { method: 'POST', url: '/admin/encryption/rotate', request: get('/admin/encryption/rotate'), expect: platformAdmins('CONFLICT') },
];

// ---------------------------------------------------------------------------------------------
// The socket table: each client command, per user caller; the same on both transports.

type SocketOutcome = 'ok' | ErrorCode;

interface CommandRow {
  frame(target: Target, token: string): unknown;
  expect: Record<UserCaller, SocketOutcome>;
}

const socketParticipants = (overrides: Partial<Record<UserCaller, SocketOutcome>> = {}): Record<UserCaller, SocketOutcome> => ({
  owner: 'ok',
  groupAdmin: 'ok',
  member: 'ok',
  blocked: 'ok',
  removed: 'NOT_FOUND',
  outsider: 'NOT_FOUND',
  moderator: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  ...overrides,
});
const socketEveryone = (): Record<UserCaller, SocketOutcome> =>
  Object.fromEntries(USER_CALLERS.map((c) => [c, 'ok'])) as Record<UserCaller, SocketOutcome>;

const COMMANDS: Record<string, CommandRow> = {
  join_conversation: { frame: (t) => ({ conversationId: t.conversationId }), expect: socketParticipants() },
  // Answered as joining is: a conversation the caller is not in (and did not join) is not found.
  leave_conversation: { frame: (t) => ({ conversationId: t.conversationId }), expect: socketParticipants() },
  typing_indicator: { frame: (t) => ({ conversationId: t.conversationId, isTyping: true }), expect: socketParticipants({ blocked: 'USER_BLOCKED' }) },
  send_message: {
    frame: (t) => ({ conversationId: t.conversationId, content: 'over a socket', clientMessageId: uniqueId('c') }),
    expect: socketParticipants({ blocked: 'USER_BLOCKED' }),
  },
  mark_read: { frame: (t) => ({ conversationId: t.conversationId }), expect: socketParticipants() },
  // A fresh token for the same user.
  authenticate: { frame: (_t, token) => ({ token }), expect: socketEveryone() },
  // A sign of life, about nothing but the connection.
  ping: { frame: () => ({}), expect: socketEveryone() },
};

/** One socket, whichever transport, sending a command and reading the answer as an outcome. */
interface CommandSocket {
  send(command: string, data: unknown): Promise<{ outcome: SocketOutcome | string; body: Json }>;
  close(): void;
}

type Transport = 'socket.io' | 'websocket';

async function openSocket(server: TestServer, world: World, caller: UserCaller, transport: Transport): Promise<CommandSocket> {
  const credentials: Record<string, string> = caller === 'moderator' ? { token: world.moderatorToken } : { userId: world.users[caller] };
  if (transport === 'socket.io') {
    const client: SocketIoClient = connectSocketIo(server, credentials);
    await client.inbox.next('authenticated');
    return {
      async send(command, data) {
        const answer = (await client.emit(command, data)) as Json;
        return { outcome: answer?.error ? answer.error.code : 'ok', body: answer };
      },
      close: () => client.close(),
    };
  }
  const client: WsClient = connectWebSocket(server, credentials);
  await client.inbox.next('authenticated');
  return {
    async send(command, data) {
      const answer = await client.request(command, data);
      return { outcome: answer.event === 'ack' ? 'ok' : (answer.payload.code as string), body: answer.payload };
    },
    close: () => client.close(),
  };
}

const tokenFor = (world: World, caller: UserCaller) =>
  signToken({ sub: caller === 'moderator' ? world.users.moderator : world.users[caller], ...(caller === 'moderator' ? { role: 'moderator' } : {}) });

// ---------------------------------------------------------------------------------------------

const TRANSPORTS = ['socket.io', 'websocket'] as const;

/** One cell of either table: what it is called, whether it is a refusal, and how it runs. */
interface Cell {
  title: string;
  refused: boolean;
  /** A destructive success: it gets a world of its own. */
  ownWorld: boolean;
  pending?: string;
  run(context: CellContext): Promise<void>;
}

interface CellContext {
  server: TestServer;
  world: World;
  /** An open socket of the caller's, on the cell's world. */
  socket(caller: UserCaller, transport: Transport): Promise<CommandSocket>;
}

const restCells: Cell[] = ROUTES.flatMap((row) =>
  CALLERS.map((caller): Cell => {
    const outcome = row.expect[caller];
    const refused = typeof outcome !== 'number';
    return {
      title: `${row.method} ${row.url || '/'} as ${caller}: ${outcome}`,
      refused,
      ownWorld: !refused && row.destructive === true,
      pending: row.pending?.[caller],
      async run({ server, world }) {
        const { path, body } = await row.request(targetFor(world, caller), caller);
        const response = await new Client(row.absolute ? server.baseUrl : server.prefix, credentialsOf(world, caller)).request(row.method, path, body);
        if (refused) {
          expect(response.status, JSON.stringify(response.body)).toBe(ERROR_STATUS[outcome]);
          expect(response.body?.error?.code).toBe(outcome);
          // What the caller may not see answers as what does not exist: a message is "message not found" either way.
          const named = /^\/(message|conversation)s\/:id/.exec(row.url);
          const outside = ['removed', 'outsider', 'moderator', 'admin'].includes(caller);
          if (outcome === 'NOT_FOUND' && named && outside) expect(response.body.error.message).toBe(`${named[1]} not found`);
        } else {
          expect(response.status, JSON.stringify(response.body)).toBe(outcome);
        }
      },
    };
  }),
);

const socketCells: Cell[] = TRANSPORTS.flatMap((transport) =>
  Object.entries(COMMANDS).flatMap(([command, row]) =>
    USER_CALLERS.map((caller): Cell => {
      const outcome = row.expect[caller];
      return {
        title: `${command} over ${transport} as ${caller}: ${outcome}`,
        refused: outcome !== 'ok',
        ownWorld: false,
        async run({ world, socket }) {
          const answer = await (await socket(caller, transport)).send(command, row.frame(targetFor(world, caller), await tokenFor(world, caller)));
          expect(answer.outcome, JSON.stringify(answer.body)).toBe(outcome);
        },
      };
    }),
  ),
);

const CELLS = [...restCells, ...socketCells];

describe.each(databaseKinds())('authorization matrix on %s', (kind) => {
  let server: TestServer;
  let shared: World;
  const sharedSockets = new Map<string, CommandSocket>();
  const sharedSocket = async (caller: UserCaller, transport: Transport) => {
    const key = `${transport}:${caller}`;
    if (!sharedSockets.has(key)) sharedSockets.set(key, await openSocket(server, shared, caller, transport));
    return sharedSockets.get(key) as CommandSocket;
  };

  beforeAll(async () => {
    server = await startServer(kind);
    shared = await buildWorld(server);
  }, 60_000);
  afterAll(async () => {
    for (const socket of sharedSockets.values()) socket.close();
    await server?.stop();
  }, 60_000);

  it('has a row for every route the server serves, and no row for a route it does not', () => {
    const prefix = server.parley.ctx.config.apiPrefix;
    // HEAD twins of GET routes and the CORS preflight run no handler of Parley's.
    const served = server.parley.http.servedRoutes
      .filter((r) => r.method !== 'HEAD' && !(r.method === 'OPTIONS' && r.url === '*'))
      .map((r) => `${r.method} ${r.url}`);
    const covered = ROUTES.map((row) => `${row.method} ${row.absolute ? row.url : `${prefix}${row.url}` || '/'}`);
    expect(served.filter((route) => !covered.includes(route)), 'routes without a row in ROUTES (add one)').toEqual([]);
    expect(covered.filter((route) => !served.includes(route)), 'rows for routes the server does not serve').toEqual([]);
  });

  it('has a row for every socket command the gateway answers', () => {
    expect(server.parley.realtime?.commandNames.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(TRANSPORTS)('refuses a %s connection without credentials, or with only the service key', async (transport) => {
    for (const credentials of [{}, { serviceKey: SERVICE_KEY }] as Record<string, string>[]) {
      const refused =
        transport === 'socket.io'
          ? (await connectSocketIo(server, credentials).inbox.next('auth_error')).payload
          : (await connectWebSocket(server, credentials).inbox.next('auth_error')).payload;
      expect(refused.code).toBe('AUTH_FAILED');
    }
  });

  // Refusals run first, while the database holds only the shared world: each compares a dump
  // of every table before and after.
  describe('refused, and nothing changed', () => {
    for (const cell of CELLS.filter((c) => c.refused)) {
      if (cell.pending !== undefined) {
        it.todo(`${cell.title} (${cell.pending})`);
        continue;
      }
      it(cell.title, async () => {
        const before = await snapshot(server);
        await cell.run({ server, world: shared, socket: sharedSocket });
        expect(await snapshot(server)).toEqual(before);
      });
    }
  });

  describe('allowed', () => {
    // Worlds for the cells that write, built side by side up front (far quicker than one by one).
    const worlds: World[] = [];
    beforeAll(async () => {
      const needed = CELLS.filter((c) => !c.refused && c.ownWorld && c.pending === undefined).length;
      while (worlds.length < needed) {
        const batch = Math.min(8, needed - worlds.length);
        worlds.push(...(await Promise.all(Array.from({ length: batch }, () => buildWorld(server)))));
      }
    }, 120_000);

    for (const cell of CELLS.filter((c) => !c.refused)) {
      if (cell.pending !== undefined) {
        it.todo(`${cell.title} (${cell.pending})`);
        continue;
      }
      it(cell.title, async () => {
        if (!cell.ownWorld) return cell.run({ server, world: shared, socket: sharedSocket });
        const world = worlds.pop() as World;
        const opened: CommandSocket[] = [];
        try {
          await cell.run({
            server,
            world,
            socket: async (caller, transport) => {
              const socket = await openSocket(server, world, caller, transport);
              opened.push(socket);
              return socket;
            },
          });
        } finally {
          for (const socket of opened) socket.close();
        }
      });
    }
  });
});
