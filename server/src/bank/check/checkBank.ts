import path from 'node:path';
import type { RunResult } from '@mockloop/shared';
import type { BankProblem } from '../BankError';
import { readBank } from '../loadBank';
import type { LoadedQuestion } from '../questionViews';
import { countBank, type BankCounts } from './bankCounts';
import { brokenRules } from './bankRules';
import { judgeChecks, readFixtures, type JudgeCheck } from './judgeChecks';
import type { JudgeTask } from '../../judge';

export interface QuestionReport {
  id: string;
  /** Where the question lives, relative to the bank (`coding/two-sum`, `behavioral/x.md`). */
  where: string;
  problems: string[];
  /** Concerns that do not fail the check. */
  warnings: string[];
  judgeRuns: number;
}

export interface BankReport {
  dir: string;
  /** Files that do not load; the server would refuse to start. Valid questions are still checked. */
  loadProblems: BankProblem[];
  questions: QuestionReport[];
  counts?: BankCounts;
  judgeRuns: number;
  elapsedMs: number;
  ok: boolean;
}

export interface CheckOptions {
  judge: { run(task: JudgeTask): Promise<RunResult> };
  /** Submissions in flight at once; keep it at or below the judge's queue. */
  concurrency: number;
  /** Check only these question ids (counts still cover the whole bank). */
  only?: string[];
  onQuestion?: (report: QuestionReport) => void;
}

/** Runs `task` for every item with at most `limit` in flight. */
async function mapLimited<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

interface PlannedRun {
  report: QuestionReport;
  coding: NonNullable<LoadedQuestion['coding']>;
  check: JudgeCheck;
}

/** The bank rules a question breaks, and the judge runs it needs. */
async function planQuestion(
  question: LoadedQuestion,
): Promise<{ report: QuestionReport; runs: PlannedRun[] }> {
  const { id, kind } = question.publicView;
  const report: QuestionReport = {
    id,
    where: kind === 'coding' ? `coding/${id}` : `${kind}/${id}.md`,
    problems: brokenRules(question),
    warnings: [],
    judgeRuns: 0,
  };
  const coding = question.coding;
  if (!coding) return { report, runs: [] };
  const fixtures = await readFixtures(coding);
  if (!fixtures.some((f) => f.verdict === 'time_limit_exceeded')) {
    report.problems.push(
      'needs a fixtures/<name>.time_limit_exceeded.ts proving a slower solution runs out of time',
    );
  }
  const checks = await judgeChecks(coding);
  report.judgeRuns = checks.length;
  return { report, runs: checks.map((check) => ({ report, coding, check })) };
}

/**
 * Judges one planned run and records its problem or warning. A run that fails only by timing out
 * while others run beside it is not recorded on the first pass (`retry`): it runs again alone.
 */
async function judgeOne(
  run: PlannedRun,
  options: CheckOptions,
  pass: 'parallel' | 'alone',
): Promise<'done' | 'retry'> {
  const { check, coding, report } = run;
  if (pass === 'alone') report.judgeRuns += 1;
  try {
    const result = await options.judge.run({
      question: coding,
      language: check.language,
      code: check.code,
      mode: 'submit',
      revealHidden: true,
    });
    const problem = check.problem(result);
    if (problem && pass === 'parallel' && result.verdict === 'time_limit_exceeded') return 'retry';
    if (problem) report.problems.push(`${check.label} ${problem}`);
    const warning = check.warning?.(result);
    if (warning) report.warnings.push(`${check.label} ${warning}`);
    if (!problem && pass === 'alone') {
      report.warnings.push(
        `${check.label} timed out among parallel runs and passed only when run alone`,
      );
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report.problems.push(`${check.label}: the judge failed: ${reason}`);
  }
  return 'done';
}

/**
 * Proves a bank: it loads (every file valid, ids unique), every question meets the bank rules,
 * and every coding question's solutions, starters, trivial answers and fixtures get the verdicts
 * they must from the real judge.
 */
export async function checkBank(dir: string, options: CheckOptions): Promise<BankReport> {
  const started = Date.now();
  const root = path.resolve(dir);
  const { questions, problems: loadProblems } = await readBank(root);
  const selected = options.only
    ? questions.filter((q) => options.only?.includes(q.publicView.id))
    : questions;
  const missing = (options.only ?? []).filter(
    (id) => !questions.some((q) => q.publicView.id === id),
  );
  const plans = await Promise.all(selected.map(planQuestion));
  // All submissions of all questions share one in-flight limit, so both cores stay busy.
  const runs = plans.flatMap((p) => p.runs);
  const passes = await mapLimited(runs, options.concurrency, (run) =>
    judgeOne(run, options, 'parallel'),
  );
  // A time-out among parallel runs may be the neighbours' fault: judge those again, one at a time.
  const retries = runs.filter((_run, index) => passes[index] === 'retry');
  await mapLimited(retries, 1, (run) => judgeOne(run, options, 'alone'));
  const reports = plans.map((p) => p.report);
  for (const report of reports) options.onQuestion?.(report);
  for (const id of missing)
    reports.push({
      id,
      where: id,
      problems: ['no such question in the bank'],
      warnings: [],
      judgeRuns: 0,
    });
  return {
    dir: root,
    loadProblems,
    questions: reports,
    counts: countBank(questions),
    judgeRuns: reports.reduce((sum, r) => sum + r.judgeRuns, 0),
    elapsedMs: Date.now() - started,
    ok: loadProblems.length === 0 && reports.every((r) => r.problems.length === 0),
  };
}
