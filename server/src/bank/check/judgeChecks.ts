import fs from 'node:fs/promises';
import path from 'node:path';
import { VERDICTS, type Language, type RunResult, type Verdict } from '@mockloop/shared';
import type { CodingQuestion } from '../types';
import { trivialAnswers } from './trivialAnswers';

/** One submission `bank:check` sends to the real judge, and what its result must be. */
export interface JudgeCheck {
  label: string;
  language: Language;
  code: string;
  /** Returns why the result is wrong, or undefined when it is as required. */
  problem: (result: RunResult) => string | undefined;
  /** Returns a concern that does not fail the check (a reference solution near its limit). */
  warning?: (result: RunResult) => string | undefined;
}

/** A reference solution using more than this share of the CPU limit may flake on a busy machine. */
export const SLOW_SHARE = 0.5;

const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  '.ts': 'typescript',
  '.js': 'javascript',
};
const FIXTURE = new RegExp(`^([a-z0-9][a-z0-9-]*)\\.(${VERDICTS.join('|')})\\.(ts|js)$`);

/** The first case that was not accepted, for a readable report line. */
export function firstFailure(result: RunResult): string {
  const failed = result.tests.find((t) => t.verdict !== 'accepted');
  if (!failed) return `${result.passed}/${result.total} passed`;
  const message = failed.message ? `: ${failed.message.slice(0, 240)}` : '';
  const actual =
    failed.actual !== undefined ? ` (got ${JSON.stringify(failed.actual).slice(0, 120)})` : '';
  return `${result.passed}/${result.total} passed; "${failed.name}"${failed.hidden ? ' (hidden)' : ''} ${failed.verdict}${message}${actual}`;
}

/** `fixtures/<name>.<verdict>.(ts|js)` files of a question, with the verdict each must get. */
export async function readFixtures(
  question: CodingQuestion,
): Promise<{ file: string; language: Language; verdict: Verdict; code: string }[]> {
  const dir = path.join(question.dir, 'fixtures');
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const fixtures = [];
  for (const name of names.sort()) {
    const match = FIXTURE.exec(name);
    const language = LANGUAGE_BY_EXTENSION[path.extname(name)];
    if (!match || !language) continue;
    const code = await fs.readFile(path.join(dir, name), 'utf8');
    fixtures.push({ file: `fixtures/${name}`, language, verdict: match[2] as Verdict, code });
  }
  return fixtures;
}

/**
 * What the judge must say about a coding question: every reference solution is accepted, every
 * starter compiles and is not accepted, trivial answers are rejected by the hidden cases too,
 * and every fixture gets exactly the verdict in its name.
 */
export async function judgeChecks(question: CodingQuestion): Promise<JudgeCheck[]> {
  const checks: JudgeCheck[] = [];
  for (const [language, code] of Object.entries(question.solutions) as [Language, string][]) {
    checks.push({
      label: `reference solution (${language})`,
      language,
      code,
      problem: (r) =>
        r.verdict === 'accepted' && r.passed === r.total
          ? undefined
          : `is not accepted: ${firstFailure(r)}`,
      warning: (r) => {
        const limit = question.frontMatter.cpuTimeLimitMs;
        const slowest = [...r.tests].sort((a, b) => b.timeMs - a.timeMs)[0];
        if (!slowest || slowest.timeMs <= limit * SLOW_SHARE) return undefined;
        return `takes ${Math.round(slowest.timeMs)} ms of the ${limit} ms limit on "${slowest.name}"; it may flake on a busy machine`;
      },
    });
  }
  for (const [language, code] of Object.entries(question.starters) as [Language, string][]) {
    checks.push({
      label: `starter (${language})`,
      language,
      code,
      problem: (r) =>
        r.verdict === 'compile_error'
          ? `does not compile: ${firstFailure(r)}`
          : r.verdict === 'accepted'
            ? 'is accepted as it stands; a starter must leave the work to the candidate'
            : undefined,
    });
  }
  for (const answer of trivialAnswers(question)) {
    checks.push({
      label: answer.label,
      language: 'javascript',
      code: answer.code,
      problem: (r) => {
        if (r.verdict === 'accepted') return 'is accepted: the cases are vacuous';
        const hidden = r.tests.filter((t) => t.hidden);
        if (hidden.length > 0 && hidden.every((t) => t.verdict === 'accepted')) {
          return 'passes every hidden case: the hidden cases are vacuous';
        }
        return undefined;
      },
    });
  }
  for (const fixture of await readFixtures(question)) {
    checks.push({
      label: fixture.file,
      language: fixture.language,
      code: fixture.code,
      problem: (r) =>
        r.verdict === fixture.verdict
          ? undefined
          : `got ${r.verdict}, expected ${fixture.verdict} (${firstFailure(r)})`,
    });
  }
  return checks;
}
