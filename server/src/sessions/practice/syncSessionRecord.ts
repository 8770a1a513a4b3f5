import { PracticeEvent, type Session } from '@mockloop/shared';
import type { SessionPatch } from '../../store/port';
import { buildSummary } from './buildPracticeState';
import type { PracticeContext, PracticeEngine } from './PracticeEngine';
import { allSettled, openRoundIndex } from './roundPhase';

/**
 * Makes the session record mirror the log: `summary` per ended round, `deadline` of the running
 * round, `completed` once every round is over and judged. While a verdict is outstanding and no
 * round runs, `deadline` keeps the last round's end so start-up lists the session and judges it.
 * Recomputed whole each time, so a crash between two writes is mended by the next change.
 */
export async function syncSessionRecord(
  engine: PracticeEngine,
  ctx: PracticeContext,
): Promise<Session> {
  const { log, now } = ctx;
  const settled = allSettled(log);
  if (settled && !log.complete) {
    await engine.append(ctx, null, [{ type: PracticeEvent.Complete, payload: {} }]);
  }
  const open = openRoundIndex(log);
  const ends = log.rounds.flatMap((r) => (r.end ? [r.end.at] : []));
  const deadline = settled
    ? null
    : open !== null
      ? (log.rounds[open]?.start?.deadline ?? null)
      : ends.length > 0
        ? Math.max(...ends)
        : null;
  const wanted: Required<Omit<SessionPatch, 'title'>> = {
    status: settled ? 'completed' : 'active',
    deadline,
    endedAt: settled ? (ctx.session.endedAt ?? now) : null,
    summary: ends.length > 0 ? buildSummary(log, now) : null,
  };
  const current = ctx.session;
  const patch: SessionPatch = {};
  if (current.status !== wanted.status) patch.status = wanted.status;
  if (current.deadline !== wanted.deadline) patch.deadline = wanted.deadline;
  if (current.endedAt !== wanted.endedAt) patch.endedAt = wanted.endedAt;
  if (!sameSummary(current.summary, wanted.summary)) patch.summary = wanted.summary;
  if (Object.keys(patch).length === 0) return current;
  return engine.deps.store.updateSession(current.id, patch);
}

function sameSummary(a: Session['summary'], b: Session['summary']): boolean {
  // durationMs alone moving (a running loop) is not worth a write.
  return JSON.stringify(a?.questions ?? null) === JSON.stringify(b?.questions ?? null);
}
