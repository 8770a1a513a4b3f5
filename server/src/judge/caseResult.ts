import type { JsonValue, TestResult, Verdict } from '@mockloop/shared';
import { compareResult } from './compare';
import type { JudgeCase, WorkerJob } from './protocol';
import type { CaseRun } from './SubmissionSandbox';

/** Longest `actual` shown in full; larger values are shown as cut-short JSON text. */
const MAX_ACTUAL_CHARS = 16 * 1024;

/** Judges one case's outcome in the host and shapes what the caller may see of it. */
export function caseResult(job: WorkerJob, testCase: JudgeCase, run: CaseRun): TestResult {
  const reveal = !testCase.hidden || job.revealHidden;
  const base = { name: testCase.name, hidden: testCase.hidden, timeMs: run.timeMs };
  const details = reveal
    ? {
        input: caseInput(testCase),
        expected: testCase.expected,
        ...(run.logs ? { logs: run.logs } : {}),
        ...(run.logsTruncated ? { logsTruncated: true } : {}),
      }
    : {};
  const { outcome } = run;
  switch (outcome.kind) {
    case 'value': {
      const actual = JSON.parse(outcome.json) as JsonValue;
      const same = compareResult(actual, testCase.expected, job.compare);
      const shown =
        outcome.json.length > MAX_ACTUAL_CHARS
          ? `${outcome.json.slice(0, MAX_ACTUAL_CHARS)}… (cut short)`
          : actual;
      return {
        ...base,
        verdict: same ? 'accepted' : 'wrong_answer',
        ...details,
        ...(reveal ? { actual: shown } : {}),
      };
    }
    case 'not_plain':
      return withMessage(
        base,
        'wrong_answer',
        reveal ? `The returned value is not plain JSON data: ${outcome.reason}.` : undefined,
        details,
      );
    case 'error':
      return withMessage(base, 'runtime_error', reveal ? outcome.message : undefined, details);
    case 'timeout':
      return withMessage(base, 'time_limit_exceeded', timeLimitMessage(job), details);
    case 'memory':
      return withMessage(base, 'memory_limit_exceeded', memoryLimitMessage(job), details);
  }
}

/** The case's `args` or `calls` as tests.json wrote them (rebuilt, so they cross IPC once). */
function caseInput({ payload }: JudgeCase): JsonValue {
  if ('args' in payload) return payload.args;
  return [
    [payload.ctorName, ...payload.ctorArgs],
    ...payload.calls.map(([method, args]): JsonValue => [method, ...args]),
  ];
}

export function timeLimitMessage(job: Pick<WorkerJob, 'cpuTimeLimitMs'>): string {
  return `Time limit exceeded: the case ran past its ${job.cpuTimeLimitMs} ms limit.`;
}

export function memoryLimitMessage(job: Pick<WorkerJob, 'memoryLimitMb'>): string {
  return `Memory limit exceeded: the submission needed more than ${job.memoryLimitMb} MB.`;
}

/** The supervisor killed the worker because its resident memory passed `ceilingMb`. */
export function memoryCeilingMessage(
  job: Pick<WorkerJob, 'memoryLimitMb'>,
  ceilingMb: number,
): string {
  return `Memory limit exceeded: the judge process running this case passed its ${ceilingMb} MB ceiling (the ${job.memoryLimitMb} MB limit plus the judge's own overhead).`;
}

/** A case that never ran; its verdict repeats the limit that stopped the submission. */
export function skippedResult(testCase: JudgeCase, verdict: Verdict, message: string): TestResult {
  return {
    name: testCase.name,
    hidden: testCase.hidden,
    verdict,
    timeMs: 0,
    skipped: true,
    message,
  };
}

function withMessage(
  base: Pick<TestResult, 'name' | 'hidden' | 'timeMs'>,
  verdict: Verdict,
  message: string | undefined,
  details: Partial<TestResult>,
): TestResult {
  return { ...base, verdict, ...(message ? { message } : {}), ...details };
}
