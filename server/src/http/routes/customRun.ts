import type { CustomInput, CustomRunResult, RunResult, TestCase } from '@mockloop/shared';
import type { CodingQuestion } from '../../bank/types';
import { validationFailed } from '../AppError';

const CASE_NAME = 'your input';

/**
 * The question with one example, the person's input, and no hidden cases: the judge then runs
 * the code exactly as for "Run", with the question's entry and limits. The expected values are
 * placeholders; `customRunResult` reads what came back, not the comparison.
 */
export function customInputQuestion(question: CodingQuestion, input: CustomInput): CodingQuestion {
  const style = question.frontMatter.style;
  let testCase: TestCase;
  if ('args' in input) {
    if (style !== 'function') throw validationFailed('input: this question takes a list of calls');
    testCase = { name: CASE_NAME, args: input.args, expected: null };
  } else {
    if (style !== 'class') throw validationFailed('input: this question takes a list of arguments');
    testCase = { name: CASE_NAME, calls: input.calls, expected: input.calls.map(() => null) };
  }
  return { ...question, examples: [testCase], hidden: [] };
}

/** A wrong answer against a placeholder only means the code returned something. */
export function customRunResult(result: RunResult): CustomRunResult {
  const test = result.tests[0];
  if (!test) return { outcome: 'runtime_error', message: 'The code did not run.', timeMs: 0 };
  const { verdict } = test;
  const returned = verdict === 'accepted' || verdict === 'wrong_answer';
  return {
    outcome: verdict === 'accepted' || verdict === 'wrong_answer' ? 'ran' : verdict,
    ...(returned && test.actual !== undefined ? { output: test.actual } : {}),
    ...(test.logs ? { logs: test.logs } : {}),
    ...(test.logsTruncated ? { logsTruncated: true } : {}),
    ...(test.message ? { message: test.message } : {}),
    timeMs: test.timeMs,
  };
}
