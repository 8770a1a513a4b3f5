import type { Verdict } from '@mockloop/shared';
import { caseResult, skippedResult } from './caseResult';
import type { WorkerJob, WorkerMessage } from './protocol';
import { SubmissionSandbox } from './SubmissionSandbox';
import { transpile } from './transpile';

/** A case is not started with less than this much of the total budget left. */
const MIN_CASE_BUDGET_MS = 20;

/** Wall-clock limit of a case: its CPU limit plus room for scheduling on a busy machine. */
export function wallTimeLimitMs(cpuTimeLimitMs: number): number {
  return Math.ceil(cpuTimeLimitMs * 1.5) + 100;
}

/**
 * Judges one submission inside a judge worker, reporting each case as it starts and ends so the
 * supervisor can still account for every case if this process dies half-way.
 */
export async function runSubmission(
  job: WorkerJob,
  report: (message: WorkerMessage) => void,
  onCatastrophicError?: (message: string) => void,
): Promise<void> {
  const jobId = job.id;
  const compiled = await transpile(job.code, job.language);
  if (!compiled.ok) {
    report({ type: 'compile-error', jobId, message: compiled.message });
    report({ type: 'done', jobId });
    return;
  }
  let sandbox: SubmissionSandbox;
  try {
    sandbox = await SubmissionSandbox.create({
      code: compiled.code,
      entry: job.entry,
      style: job.style,
      memoryLimitMb: job.memoryLimitMb,
      ...(onCatastrophicError ? { onCatastrophicError } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report({ type: 'compile-error', jobId, message: `SyntaxError: ${message}` });
    report({ type: 'done', jobId });
    return;
  }

  const deadline = performance.now() + job.totalTimeMs;
  let logsLeft = job.logCapChars;
  let stoppedBy: { verdict: Verdict; message: string } | undefined;
  try {
    for (const [index, testCase] of job.cases.entries()) {
      const remaining = deadline - performance.now();
      if (!stoppedBy && remaining < MIN_CASE_BUDGET_MS) {
        stoppedBy = {
          verdict: 'time_limit_exceeded',
          message: budgetMessage(job),
        };
      }
      if (stoppedBy || !sandbox.usable) {
        const reason = stoppedBy ?? {
          verdict: 'runtime_error' as const,
          message: 'Not run: the sandbox was lost.',
        };
        const result = skippedResult(testCase, reason.verdict, reason.message);
        report({ type: 'case-done', jobId, index, result });
        continue;
      }
      const wall = Math.min(wallTimeLimitMs(job.cpuTimeLimitMs), Math.floor(remaining));
      report({ type: 'case-start', jobId, index, wallTimeLimitMs: wall, startedAt: Date.now() });
      const seesLogs = !testCase.hidden || job.revealHidden;
      const run = await sandbox.runCase(testCase.payload, {
        cpuTimeLimitMs: Math.min(job.cpuTimeLimitMs, wall),
        wallTimeLimitMs: wall,
        logBudget: seesLogs ? logsLeft : 0,
      });
      if (seesLogs) logsLeft -= run.logs.length;
      const result = caseResult(job, testCase, run);
      const cutByBudget = wall < wallTimeLimitMs(job.cpuTimeLimitMs);
      if (result.verdict === 'time_limit_exceeded' && cutByBudget) {
        result.message = `Time limit exceeded: the submission's ${job.totalTimeMs / 1000} s total time budget ran out during this case.`;
        stoppedBy = { verdict: result.verdict, message: budgetMessage(job) };
      }
      report({ type: 'case-done', jobId, index, result });
      if (stoppedBy) continue;
      if (result.verdict === 'time_limit_exceeded') {
        stoppedBy = {
          verdict: result.verdict,
          message: 'Not run: an earlier case ran out of time.',
        };
      } else if (result.verdict === 'memory_limit_exceeded') {
        stoppedBy = {
          verdict: result.verdict,
          message: 'Not run: an earlier case ran out of memory.',
        };
      }
    }
  } finally {
    sandbox.dispose();
  }
  report({ type: 'done', jobId, ...(sandbox.abandoned ? { retire: true } : {}) });
}

function budgetMessage(job: WorkerJob): string {
  return `Not run: the submission used up its ${job.totalTimeMs / 1000} s total time budget.`;
}
