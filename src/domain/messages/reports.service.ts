// Reports: a participant tells the moderators about a message.
import { newId, nowIso } from '../../storage/ids.js';
import type { ReportRow } from '../../storage/reports.repository.js';
import type { Store } from '../../storage/store.js';
import { accessMessage } from '../access.js';
import type { EventLogSignal } from '../event-signal.js';
import { eventRow } from '../events.js';
import type { UserActor } from '../types.js';

export class ReportsService {
  constructor(
    private readonly store: Store,
    private readonly signal: EventLogSignal,
  ) {}

  /** A participant reports a message to the moderators. */
  async reportMessage(actor: UserActor, messageId: string, input: { reason: string; details?: string }): Promise<ReportRow> {
    const report = await this.store.transaction(async (tx) => {
      const { message } = await accessMessage(tx, actor, 'report', messageId);
      const now = nowIso();
      const row: ReportRow = {
        id: newId(),
        message_id: message.id,
        conversation_id: message.conversation_id,
        reporter_id: actor.userId,
        reason: input.reason,
        details: input.details ?? null,
        status: 'open',
        resolution: null,
        resolved_by: null,
        resolved_at: null,
        created_at: now,
      };
      await tx.reports.insert(row);
      await tx.events.append([
        eventRow(
          {
            type: 'report.created',
            conversationId: message.conversation_id,
            actorId: actor.userId,
            scope: 'downstream',
            data: { id: row.id, messageId: message.id, conversationId: message.conversation_id, reporterId: actor.userId, reason: row.reason },
          },
          now,
        ),
      ]);
      return row;
    });
    this.signal.committed();
    return report;
  }
}
