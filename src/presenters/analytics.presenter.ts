import type { ContextSummary } from './contexts.presenter.js';

/** Counts over a window, summed from per-day rows (domain/analytics.service.ts). */
export interface WindowTotals {
  conversations: number;
  answered: number;
  responseRate: number | null;
}

export interface ResponderStats extends WindowTotals {
  userId: string;
  days: number;
  responseTimeMedianSeconds: number | null;
  responseTimeP90Seconds: number | null;
}

export interface ContextStats extends WindowTotals {
  context: ContextSummary;
  firstResponseMedianSeconds: number | null;
  booked: boolean;
}

export function presentResponderStats(
  userId: string,
  days: number,
  totals: WindowTotals,
  responseTime: { median: number | null; p90: number | null },
): ResponderStats {
  return {
    userId,
    days,
    conversations: totals.conversations,
    answered: totals.answered,
    responseRate: totals.responseRate,
    responseTimeMedianSeconds: responseTime.median,
    responseTimeP90Seconds: responseTime.p90,
  };
}

export function presentContextStats(context: ContextSummary, totals: WindowTotals, firstResponseMedianSeconds: number | null, booked: boolean): ContextStats {
  return {
    context,
    conversations: totals.conversations,
    answered: totals.answered,
    responseRate: totals.responseRate,
    firstResponseMedianSeconds,
    booked,
  };
}
