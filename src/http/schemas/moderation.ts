// Response shapes of reports, the review queue and the audit log.
import Type from 'typebox';
import { Nullable, Timestamp } from './common.js';
import { UserSummary } from '../../schemas/views.js';

export const Report = Type.Object({
  id: Type.String(),
  target: Type.Object({ type: Type.String(), id: Type.String() }),
  messageId: Nullable(Type.String()),
  conversationId: Nullable(Type.String()),
  reason: Type.String(),
  details: Nullable(Type.String()),
  status: Type.String({ description: '`open` or `resolved`' }),
  createdAt: Timestamp,
});

export const ModeratorReport = Type.Object({
  ...Report.properties,
  reporterId: Type.String(),
  resolution: Nullable(Type.String()),
  note: Nullable(Type.String()),
  resolvedBy: Nullable(Type.String()),
  resolvedAt: Nullable(Timestamp),
});

/** A message as a moderator sees it: with the text as submitted. */
export const ModeratorMessage = Type.Intersect([
  Type.Ref('Message'),
  Type.Object({
    originalContent: Nullable(Type.String({ description: 'the text as submitted, when moderation changed, flagged or removed it' })),
  }),
]);

const Violation = Type.Object({
  check: Type.String(),
  kind: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  action: Type.String(),
});

export const Flag = Type.Object({
  status: Type.String(),
  reasons: Type.Array(Type.String(), {
    description: 'the kinds that matched; empty, with no violations and not escalated, when the policy could not judge the text and held it for a moderator',
  }),
  violations: Type.Array(Violation, { description: 'offsets (UTF-16, end exclusive) into originalContent' }),
  escalated: Type.Boolean(),
  note: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  createdAt: Timestamp,
});

export const QueueItem = Type.Object({
  target: Type.Object({ type: Type.String(), id: Type.String(), conversationId: Nullable(Type.String()) }),
  firstAt: Timestamp,
  message: Nullable(ModeratorMessage),
  flag: Nullable(Flag),
  conversation: Nullable(
    Type.Object({ id: Type.String(), type: Type.String(), title: Nullable(Type.String()), status: Type.String(), context: Type.Unknown() }),
  ),
  user: Nullable(UserSummary),
  reports: Type.Array(ModeratorReport),
});

export const AuditEntry = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  at: Timestamp,
  actor: Type.Object({
    type: Type.String({ description: '`user` or `service`' }),
    id: Nullable(Type.String()),
    ip: Nullable(Type.String()),
    requestId: Nullable(Type.String()),
  }),
  action: Type.String(),
  target: Type.Object({ type: Nullable(Type.String()), id: Nullable(Type.String()), conversationId: Nullable(Type.String()) }),
  reason: Nullable(Type.String()),
  note: Nullable(Type.String()),
  prevHash: Type.String(),
  hash: Type.String(),
});

export const AuditVerification = Type.Union([
  Type.Object({ ok: Type.Literal(true), entries: Type.Integer(), lastHash: Type.String() }),
  Type.Object({ ok: Type.Literal(false), brokenAt: Type.Integer() }),
]);
