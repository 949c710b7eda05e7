// Every cell of actor × action × conversation state, asserted against policies.ts.
import { describe, expect, it } from 'vitest';
import { type AccessFacts, type Action, ACTIONS, decide } from '../../src/domain/policies.js';
import type { Actor, UserRole } from '../../src/domain/types.js';
import type { UserRow } from '../../src/storage/users.repository.js';

const AUTHOR = 'u_author';

const user = (userId: string, role: UserRole = 'user'): Actor => ({
  kind: 'user',
  userId,
  role,
  profile: { id: userId, role } as UserRow,
});

/** Who acts, and how they stand in the conversation. */
const ACTORS: Record<string, { actor: Actor; membership?: { role: string; left_at: string | null } }> = {
  author: { actor: user(AUTHOR), membership: { role: 'MEMBER', left_at: null } },
  member: { actor: user('u_member'), membership: { role: 'MEMBER', left_at: null } },
  admin: { actor: user('u_admin'), membership: { role: 'ADMIN', left_at: null } },
  owner: { actor: user('u_owner'), membership: { role: 'OWNER', left_at: null } },
  former: { actor: user('u_former'), membership: { role: 'MEMBER', left_at: '2026-01-01T00:00:00.000Z' } },
  outsider: { actor: user('u_outsider') },
  moderator: { actor: user('u_moderator', 'moderator') },
  platformAdmin: { actor: user('u_platform_admin', 'admin') },
  service: { actor: { kind: 'service' } },
};
type ActorName = keyof typeof ACTORS;

/** Columns of every row below, in this order. */
const STATES: Array<{ name: string; type: string; status: string; blocked: boolean }> = [
  { name: 'group', type: 'GROUP', status: 'active', blocked: false },
  { name: 'group archived', type: 'GROUP', status: 'archived', blocked: false },
  { name: 'group closed', type: 'GROUP', status: 'closed', blocked: false },
  { name: 'direct', type: 'DIRECT', status: 'active', blocked: false },
  { name: 'direct blocked', type: 'DIRECT', status: 'active', blocked: true },
  { name: 'direct closed and blocked', type: 'DIRECT', status: 'closed', blocked: true },
];

// . allowed, N NOT_FOUND, F FORBIDDEN, C CONFLICT, X CONVERSATION_CLOSED, B USER_BLOCKED
const CODES: Record<string, string | null> = {
  '.': null,
  N: 'NOT_FOUND',
  F: 'FORBIDDEN',
  C: 'CONFLICT',
  X: 'CONVERSATION_CLOSED',
  B: 'USER_BLOCKED',
};

const members = (row: string) => ({ author: row, member: row, admin: row, owner: row });
/** How anyone outside the conversation fares on an action for participants. */
const OUTSIDE = { former: 'NNNNNN', outsider: 'NNNNNN', moderator: 'NNNNNN', platformAdmin: 'NNNNNN', service: 'FFFFFF' };
const EVERYWHERE = '......';

/** A row per action (and variant): the expected answer of each actor in each state. */
const MATRIX: Record<string, { action: Action; facts?: Partial<AccessFacts>; expected: Record<ActorName, string> }> = {
  create: {
    action: 'create',
    expected: { ...members('....BB'), former: '....BB', outsider: '....BB', moderator: '....BB', platformAdmin: '....BB', service: 'FFFFFF' },
  },
  // A block between the creator and anyone they name stops every type, not only DIRECT.
  'create with someone blocked': {
    action: 'create',
    facts: { blocked: true },
    expected: { ...members('BBBBBB'), former: 'BBBBBB', outsider: 'BBBBBB', moderator: 'BBBBBB', platformAdmin: 'BBBBBB', service: 'FFFFFF' },
  },
  read: { action: 'read', expected: { ...members(EVERYWHERE), ...OUTSIDE } },
  markRead: { action: 'markRead', expected: { ...members(EVERYWHERE), ...OUTSIDE } },
  report: { action: 'report', expected: { ...members(EVERYWHERE), ...OUTSIDE } },
  typing: { action: 'typing', expected: { ...members('..X.BX'), ...OUTSIDE } },
  join: { action: 'join', expected: { ...members(EVERYWHERE), ...OUTSIDE } },
  archive: { action: 'archive', expected: { ...members(EVERYWHERE), ...OUTSIDE } },
  send: { action: 'send', expected: { ...members('..X.BX'), ...OUTSIDE } },
  edit: { action: 'edit', expected: { ...members('FFFFFF'), author: '..X.BX', ...OUTSIDE } },
  'edit a deleted message': {
    action: 'edit',
    facts: { message: { sender_id: AUTHOR, deleted_at: '2026-01-01T00:00:00.000Z', message_type: 'TEXT' } },
    expected: { ...members('CCCCCC'), ...OUTSIDE },
  },
  'edit a SYSTEM note': {
    action: 'edit',
    facts: { message: { sender_id: AUTHOR, deleted_at: null, message_type: 'SYSTEM' } },
    expected: { ...members('FFFFFF'), ...OUTSIDE },
  },
  delete: {
    action: 'delete',
    expected: {
      ...members('FFFFFF'),
      author: EVERYWHERE,
      former: 'NNNNNN',
      outsider: 'NNNNNN',
      moderator: EVERYWHERE,
      platformAdmin: EVERYWHERE,
      service: EVERYWHERE,
    },
  },
  // A note names the member who acted ("ann added bob"); it is still the record's, not theirs to delete.
  'delete a SYSTEM note': {
    action: 'delete',
    facts: { message: { sender_id: AUTHOR, deleted_at: null, message_type: 'SYSTEM' } },
    expected: {
      ...members('FFFFFF'),
      former: 'NNNNNN',
      outsider: 'NNNNNN',
      moderator: EVERYWHERE,
      platformAdmin: EVERYWHERE,
      service: EVERYWHERE,
    },
  },
  react: { action: 'react', expected: { ...members('..X.BX'), ...OUTSIDE } },
  unreact: { action: 'unreact', expected: { ...members(EVERYWHERE), ...OUTSIDE } },
  'take a reaction back from a deleted message': {
    action: 'unreact',
    facts: { message: { sender_id: AUTHOR, deleted_at: '2026-01-01T00:00:00.000Z', message_type: 'TEXT' } },
    expected: { ...members(EVERYWHERE), ...OUTSIDE },
  },
  'react to a deleted message': {
    action: 'react',
    facts: { message: { sender_id: AUTHOR, deleted_at: '2026-01-01T00:00:00.000Z', message_type: 'TEXT' } },
    expected: { ...members('CCCCCC'), ...OUTSIDE },
  },
  update: { action: 'update', expected: { ...members('FFFFFF'), admin: EVERYWHERE, owner: EVERYWHERE, ...OUTSIDE } },
  'add MEMBERs': {
    action: 'addParticipants',
    facts: { target: { role: 'MEMBER' } },
    expected: { ...members('FFFFFF'), admin: '...CCC', owner: '...CCC', ...OUTSIDE },
  },
  'add someone blocked': {
    action: 'addParticipants',
    facts: { target: { role: 'MEMBER' }, blocked: true },
    expected: { ...members('FFFFFF'), admin: 'BBBCCC', owner: 'BBBCCC', ...OUTSIDE },
  },
  'grant ADMIN': {
    action: 'addParticipants',
    facts: { target: { role: 'ADMIN' } },
    expected: { ...members('FFFFFF'), admin: 'FFFCCC', owner: '...CCC', ...OUTSIDE },
  },
  'remove a MEMBER': {
    action: 'removeParticipant',
    facts: { target: { role: 'MEMBER' } },
    expected: { ...members('FFFCCC'), admin: '...CCC', owner: '...CCC', ...OUTSIDE },
  },
  'remove an OWNER': {
    action: 'removeParticipant',
    facts: { target: { role: 'OWNER' } },
    expected: { ...members('FFFCCC'), admin: 'FFFCCC', owner: '...CCC', ...OUTSIDE },
  },
  leave: { action: 'leave', expected: { ...members('...CCC'), ...OUTSIDE } },
  deleteForEveryone: {
    action: 'deleteForEveryone',
    expected: {
      ...members('FFFFFF'),
      former: 'FFFFFF',
      outsider: 'FFFFFF',
      moderator: 'FFFFFF',
      platformAdmin: EVERYWHERE,
      service: EVERYWHERE,
    },
  },
  adminRead: {
    action: 'adminRead',
    expected: {
      ...members('FFFFFF'),
      former: 'FFFFFF',
      outsider: 'FFFFFF',
      moderator: EVERYWHERE,
      platformAdmin: EVERYWHERE,
      service: EVERYWHERE,
    },
  },
};

const MESSAGE = { sender_id: AUTHOR, deleted_at: null, message_type: 'TEXT' };
const MESSAGE_ACTIONS: ReadonlySet<Action> = new Set(['edit', 'delete', 'react', 'unreact', 'report']);

describe('policies: actor × action × conversation state', () => {
  it('has a row for every action and a cell for every actor and state', () => {
    expect(new Set(Object.values(MATRIX).map((row) => row.action))).toEqual(new Set(ACTIONS));
    for (const row of Object.values(MATRIX)) {
      expect(Object.keys(row.expected).sort()).toEqual(Object.keys(ACTORS).sort());
      for (const cells of Object.values(row.expected)) expect(cells).toHaveLength(STATES.length);
    }
  });

  for (const [rowName, row] of Object.entries(MATRIX)) {
    it(rowName, () => {
      const answers: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const [actorName, { actor, membership }] of Object.entries(ACTORS)) {
        STATES.forEach((state, column) => {
          const facts: AccessFacts = {
            conversation: { type: state.type, status: state.status },
            participant: membership,
            blocked: state.blocked,
            ...(MESSAGE_ACTIONS.has(row.action) ? { message: MESSAGE } : {}),
            ...row.facts,
          };
          const cell = `${actorName} in ${state.name}`;
          answers[cell] = decide(actor, row.action, facts)?.code ?? 'allowed';
          expected[cell] = CODES[(row.expected[actorName as ActorName] as string)[column] as string] ?? 'allowed';
        });
      }
      expect(answers).toEqual(expected);
    });
  }

  it('answers NOT_FOUND for a conversation that does not exist, whoever asks', () => {
    for (const action of ACTIONS) {
      for (const { actor } of Object.values(ACTORS)) {
        expect(decide(actor, action, { conversation: undefined })?.code).toBe('NOT_FOUND');
      }
    }
  });
});

describe('policies: a conversation whose context is disputed', () => {
  // Frozen: nothing changes and nothing is removed while the dispute lasts, whoever asks, and the
  // members stay who they are; reading, read pointers, archiving, reports and a moderator's removal
  // (which keeps the text) stay open.
  const FROZEN: ReadonlySet<Action> = new Set([
    'send', 'edit', 'react', 'typing', 'unreact', 'delete', 'deleteForEveryone', 'update', 'addParticipants', 'removeParticipant', 'leave',
  ]);
  const facts = (action: Action): AccessFacts => ({
    conversation: { type: 'GROUP', status: 'active', context_state: 'disputed' },
    participant: { role: 'OWNER', left_at: null },
    ...(MESSAGE_ACTIONS.has(action) ? { message: MESSAGE } : {}),
  });
  const cases: Array<[string, Action]> = [
    ['author', 'send'],
    ['author', 'edit'],
    ['author', 'react'],
    ['author', 'typing'],
    ['author', 'unreact'],
    ['author', 'delete'],
    ['moderator', 'delete'],
    ['service', 'delete'],
    ['platformAdmin', 'deleteForEveryone'],
    ['service', 'deleteForEveryone'],
    ['author', 'read'],
    ['author', 'markRead'],
    ['author', 'report'],
    ['author', 'leave'],
    ['author', 'update'],
    ['author', 'addParticipants'],
    ['author', 'removeParticipant'],
    ['author', 'archive'],
    ['moderator', 'adminRead'],
  ];
  for (const [actorName, action] of cases) {
    it(`${actorName}: ${action}`, () => {
      const { actor } = ACTORS[actorName as ActorName] as { actor: Actor };
      expect(decide(actor, action, facts(action))?.code ?? 'allowed').toBe(FROZEN.has(action) ? 'CONVERSATION_CLOSED' : 'allowed');
    });
  }
});
