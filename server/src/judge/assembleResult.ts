import type { RunResult, TestResult, Verdict } from '@mockloop/shared';
import { skippedResult } from './caseResult';
import type { WorkerJob } from './protocol';

/** The verdict of a case the worker could not finish, and why. */
export interface LostCase {
  verdict: Verdict;
  message: string;
  /** How long the case had been running when its worker ended. */
  timeMs?: number;
}

/**
 * Builds a submission's result from whatever its worker reported. A compile error marks every
 * case; a case the worker never reported (it died) gets `lost`, and later ones are skipped.
 */
export function assembleResult(
  job: WorkerJob,
  reported: ReadonlyArray<TestResult | undefined>,
  outcome: { compileError?: string; lost?: LostCase },
): RunResult {
  const firstMissing = job.cases.findIndex((_, i) => !reported[i]);
  const tests = job.cases.map((testCase, index): TestResult => {
    if (outcome.compileError !== undefined) {
      return {
        name: testCase.name,
        hidden: testCase.hidden,
        verdict: 'compile_error',
        timeMs: 0,
        message: outcome.compileError,
      };
    }
    const result = reported[index];
    if (result) return result;
    const lost = outcome.lost ?? {
      verdict: 'runtime_error',
      message: 'The judge did not report this case.',
    };
    if (index === firstMissing) {
      return {
        name: testCase.name,
        hidden: testCase.hidden,
        verdict: lost.verdict,
        timeMs: Math.round(lost.timeMs ?? 0),
        message: lost.message,
      };
    }
    return skippedResult(testCase, lost.verdict, 'Not run: the case before it stopped the judge.');
  });
  return summarize(tests);
}

/** A submission's verdict is its first non-accepted test verdict in test order, else accepted. */
export function summarize(tests: TestResult[]): RunResult {
  const failed = tests.find((t) => t.verdict !== 'accepted');
  return {
    verdict: failed ? failed.verdict : 'accepted',
    passed: tests.filter((t) => t.verdict === 'accepted').length,
    total: tests.length,
    tests,
  };
}
