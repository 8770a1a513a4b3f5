import {
  ChecklistPayloadSchema,
  DraftSavePayloadSchema,
  HintRevealPayloadSchema,
  PlanPayloadSchema,
  PracticeEvent,
  RoundEndPayloadSchema,
  RoundStartPayloadSchema,
  RoundVerdictPayloadSchema,
  RunPayloadSchema,
  SelfRatingPayloadSchema,
  type RoundDraft,
  type RoundEndReason,
  type RoundVerdict,
  type RunRecord,
  type SessionEvent,
} from '@mockloop/shared';
import type { z } from 'zod';

export type PlannedRound = z.infer<typeof PlanPayloadSchema>['rounds'][number];
export type RoundStart = z.infer<typeof RoundStartPayloadSchema>;

/** Everything the log says about one round. */
export interface RoundLog {
  start: RoundStart | null;
  draft: { revision: number; draft: RoundDraft; savedAt: number } | null;
  hintsRevealed: number;
  lastRun: RunRecord | null;
  lastSubmit: RunRecord | null;
  runs: number;
  submits: number;
  end: { reason: RoundEndReason; at: number } | null;
  verdict: RoundVerdict | null;
  selfRating: z.infer<typeof SelfRatingPayloadSchema> | null;
  checklist: z.infer<typeof ChecklistPayloadSchema> | null;
}

/** A practice session's log folded: the plan, each round, and the last sequence number read. */
export interface PracticeLog {
  lastSeq: number;
  plan: PlannedRound[];
  rounds: RoundLog[];
  complete: boolean;
}

export function emptyPracticeLog(): PracticeLog {
  return { lastSeq: 0, plan: [], rounds: [], complete: false };
}

function emptyRound(): RoundLog {
  return {
    start: null,
    draft: null,
    hintsRevealed: 0,
    lastRun: null,
    lastSubmit: null,
    runs: 0,
    submits: 0,
    end: null,
    verdict: null,
    selfRating: null,
    checklist: null,
  };
}

/**
 * Applies events in order to `log` (mutating it). Payloads are checked; an event that does not
 * fit is skipped, so one bad entry cannot make a session unreadable.
 */
export function applyEvents(log: PracticeLog, events: readonly SessionEvent[]): PracticeLog {
  for (const event of events) {
    // Two readers may catch up on the same events; each is applied once.
    if (event.seq <= log.lastSeq) continue;
    log.lastSeq = event.seq;
    applyEvent(log, event);
  }
  return log;
}

function round(log: PracticeLog, index: number): RoundLog | undefined {
  return index < log.plan.length ? (log.rounds[index] ??= emptyRound()) : undefined;
}

function applyEvent(log: PracticeLog, event: SessionEvent): void {
  const { payload, at } = event;
  switch (event.type) {
    case PracticeEvent.Plan: {
      const plan = PlanPayloadSchema.safeParse(payload);
      if (plan.success && log.plan.length === 0) {
        log.plan = plan.data.rounds;
        log.rounds = plan.data.rounds.map(emptyRound);
      }
      return;
    }
    case PracticeEvent.RoundStart: {
      const p = RoundStartPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      if (p.success && r && !r.start) r.start = p.data;
      return;
    }
    case PracticeEvent.DraftSave: {
      const p = DraftSavePayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      // [ST8] The highest revision wins, whatever order the saves were written in.
      if (p.success && r && p.data.revision > (r.draft?.revision ?? 0)) {
        r.draft = { revision: p.data.revision, draft: p.data.draft, savedAt: at };
      }
      return;
    }
    case PracticeEvent.HintReveal: {
      const p = HintRevealPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      if (p.success && r) r.hintsRevealed = Math.max(r.hintsRevealed, p.data.hintIndex + 1);
      return;
    }
    case PracticeEvent.Run: {
      const p = RunPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      if (!p.success || !r) return;
      const record = { at, mode: p.data.mode, language: p.data.language, result: p.data.result };
      if (p.data.mode === 'run') {
        r.lastRun = record;
        r.runs += 1;
      } else {
        r.lastSubmit = record;
        r.submits += 1;
      }
      return;
    }
    case PracticeEvent.RoundEnd: {
      const p = RoundEndPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      if (p.success && r && !r.end) r.end = { reason: p.data.reason, at };
      return;
    }
    case PracticeEvent.RoundVerdict: {
      const p = RoundVerdictPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      // The first verdict counts (two nodes may both judge an expired round).
      if (p.success && r && !r.verdict) r.verdict = p.data;
      return;
    }
    case PracticeEvent.SelfRating: {
      const p = SelfRatingPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      if (p.success && r && !r.selfRating) r.selfRating = p.data;
      return;
    }
    case PracticeEvent.Checklist: {
      const p = ChecklistPayloadSchema.safeParse(payload);
      const r = p.success ? round(log, p.data.index) : undefined;
      if (p.success && r) r.checklist = p.data;
      return;
    }
    case PracticeEvent.Complete:
      log.complete = true;
      return;
    default:
      return;
  }
}
