import type { LostCase } from './assembleResult';
import { memoryCeilingMessage, memoryLimitMessage, timeLimitMessage } from './caseResult';
import type { WorkerJob } from './protocol';

/** Why the supervisor killed a worker; the first reason wins. */
export type KillReason = { limit: 'time' } | { limit: 'memory'; ceilingMb: number };

/** What the supervisor knows of a worker that ended during a job. */
export interface WorkerDeath {
  /** The judge is shutting down. */
  closing: boolean;
  killedFor?: KillReason;
  /** The worker's last catastrophic-error report, if it wrote one before aborting. */
  catastrophic?: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The job as the supervisor tracked it: which case was running, since when, with what limit. */
export interface TrackedJob {
  job: WorkerJob;
  runningIndex?: number;
  caseStartedAt: number;
  caseWallMs?: number;
}

/** The verdict of the case a dead worker was running (or would have run next). */
export function lostCase(active: TrackedJob, death: WorkerDeath): LostCase {
  const timeMs = active.runningIndex === undefined ? 0 : performance.now() - active.caseStartedAt;
  if (death.closing) {
    return {
      verdict: 'runtime_error',
      message: 'The judge shut down before this case finished.',
      timeMs,
    };
  }
  // The first limit passed decides: a case that outlived its wall clock before its process
  // died (of a late out-of-memory, say) exceeded its time limit. A memory kill already charged
  // time to a case past its wall clock (WorkerPool.killForMemory).
  const killed = death.killedFor;
  if (killed?.limit === 'memory') {
    return {
      verdict: 'memory_limit_exceeded',
      message: memoryCeilingMessage(active.job, killed.ceilingMb),
      timeMs,
    };
  }
  const pastWallClock = active.caseWallMs !== undefined && timeMs >= active.caseWallMs;
  if (killed?.limit === 'time' || (active.runningIndex !== undefined && pastWallClock)) {
    return { verdict: 'time_limit_exceeded', message: timeLimitMessage(active.job), timeMs };
  }
  if (death.catastrophic !== undefined && /memory/i.test(death.catastrophic)) {
    return { verdict: 'memory_limit_exceeded', message: memoryLimitMessage(active.job), timeMs };
  }
  const how = death.signal ? `signal ${death.signal}` : `exit code ${String(death.code)}`;
  return {
    verdict: 'runtime_error',
    message: `The judge process running this case stopped unexpectedly (${how}). It has been replaced; run the code again.`,
    timeMs,
  };
}
