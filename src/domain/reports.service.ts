// Reports: a user tells the moderators about a message, a user or a conversation they can see.
// One open report per reporter and target: reporting again while it is open answers it; once
// it is resolved, the same reporter can report the target again (a new report, in the queue).
import { invalid, notFound } from '../errors.js';
import { presentReportCreated } from '../presenters/events.presenter.js';
import { presentReport, type ReportView } from '../presenters/reports.presenter.js';
import { newId, nowIso } from '../storage/ids.js';
import type { ReportRow } from '../storage/reports.repository.js';
import type { Store } from '../storage/store.js';
import type { EventLogSignal } from './event-signal.js';
import { eventRow } from './events.js';
import { accessConversation, accessMessage } from './access.js';
import type { UserActor } from './types.js';
import { requireLivingActor } from './users.service.js';

export const REPORT_TARGET_TYPES = ['message', 'user', 'conversation'] as const;
export type ReportTargetType = (typeof REPORT_TARGET_TYPES)[number];

export interface ReportTarget {
  type: ReportTargetType;
  id: string;
}

export interface ReportInput {
  reason: string;
  details?: string;
}

export interface ReportResult {
  report: ReportView;
  /** False when this reporter's report of this target is still open: that report is returned. */
  created: boolean;
}

export class ReportsService {
  constructor(
    private readonly store: Store,
    private readonly signal: EventLogSignal,
  ) {}

  async create(actor: UserActor, target: ReportTarget, input: ReportInput): Promise<ReportResult> {
    const result = await this.store.transaction(async (tx) => {
      await requireLivingActor(tx, actor.userId);
      const conversationId = await this.conversationOfVisibleTarget(tx, actor, target);
      const row: ReportRow = {
        id: newId(),
        target_type: target.type,
        target_id: target.id,
        conversation_id: conversationId,
        reporter_id: actor.userId,
        reason: input.reason,
        details: input.details ?? null,
        status: 'open',
        resolution: null,
        note: null,
        resolved_by: null,
        resolved_at: null,
        created_at: nowIso(),
      };
      if (!(await tx.reports.insertIfAbsent(row))) {
        const open = await tx.reports.findOpenByReporter(actor.userId, target);
        if (open) return { report: presentReport(open), created: false };
        // Resolved between the two statements: this report is a new one after all.
        if (!(await tx.reports.insertIfAbsent(row))) throw new Error('a report conflicted but cannot be found');
      }
      const report = presentReport(row);
      // For trust-and-safety systems downstream; participants never see who reported them.
      await tx.events.append([
        eventRow(
          {
            type: 'report.created',
            conversationId,
            actorId: actor.userId,
            scope: 'downstream',
            data: presentReportCreated(report, actor.userId),
          },
          row.created_at,
        ),
      ]);
      return { report, created: true };
    });
    if (result.created) this.signal.committed();
    return result;
  }

  /**
   * The conversation a target belongs to (null for a user), when the reporter may see the
   * target: a message or conversation they take part in, or any known user but themselves.
   */
  private async conversationOfVisibleTarget(tx: Store, actor: UserActor, target: ReportTarget): Promise<string | null> {
    switch (target.type) {
      case 'message':
        return (await accessMessage(tx, actor, 'report', target.id)).message.conversation_id;
      case 'conversation':
        return (await accessConversation(tx, actor, 'report', target.id)).conversation.id;
      case 'user': {
        if (target.id === actor.userId) throw invalid('you cannot report yourself', { field: 'target.id' });
        const user = await tx.users.findById(target.id);
        if (!user || user.erased_at !== null) throw notFound('user');
        return null;
      }
    }
  }
}
