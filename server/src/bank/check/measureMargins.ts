import fs from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '@mockloop/shared';
import type { Judge } from '../../judge';
import type { CodingQuestion, QuestionBank } from '../types';

/**
 * What a question needs to stay reliable on a quiet machine and on a busy one: the judge's time
 * limit is close to wall-clock, and load stretches times 2-5x. `bank:check` proves the verdicts
 * once; this measures how far each side is from the limit.
 */
export const MARGIN_TARGETS = { referenceAtMost: 0.25, slowAtLeast: 2 } as const;

export interface Margin {
  file: string;
  /** The slowest case's time as a multiple of the question's CPU limit. */
  multiple: number;
  /** True when it ran out of even the lifted limit: the multiple is at least `lift`. */
  timedOut: boolean;
}

export interface QuestionMargins {
  id: string;
  limitMs: number;
  reference: Margin;
  slow: Margin[];
  ok: boolean;
}

const LANGUAGES: Record<string, Language> = { '.ts': 'typescript', '.js': 'javascript' };

async function measure(
  judge: Judge,
  question: CodingQuestion,
  file: string,
  lift: number,
): Promise<Margin> {
  const limit = question.frontMatter.cpuTimeLimitMs;
  const lifted = {
    ...question,
    frontMatter: { ...question.frontMatter, cpuTimeLimitMs: limit * lift },
  };
  const code = await fs.readFile(path.join(question.dir, file), 'utf8');
  const language = LANGUAGES[path.extname(file)] ?? 'typescript';
  const result = await judge.run({ question: lifted, language, code, mode: 'submit' });
  const timedOut = result.verdict === 'time_limit_exceeded';
  const slowest = Math.max(0, ...result.tests.map((t) => t.timeMs));
  return { file, multiple: timedOut ? lift : slowest / limit, timedOut };
}

async function slowFixtures(dir: string): Promise<string[]> {
  const names = await fs.readdir(path.join(dir, 'fixtures')).catch(() => []);
  return names.filter((n) => n.includes('.time_limit_exceeded.')).map((n) => `fixtures/${n}`);
}

/**
 * Judges each question's reference solution and slower fixtures one at a time with the CPU limit
 * lifted `lift` times, so both sides' distance from the real limit shows.
 */
export async function measureMargins(
  bank: QuestionBank,
  judge: Judge,
  ids: string[],
  lift = 8,
): Promise<QuestionMargins[]> {
  const results: QuestionMargins[] = [];
  for (const id of ids) {
    const question = bank.coding(id);
    if (!question) throw new Error(`no coding question "${id}" in the bank`);
    const referenceFile =
      question.solutions.typescript !== undefined ? 'solution.ts' : 'solution.js';
    const reference = await measure(judge, question, referenceFile, lift);
    const slow: Margin[] = [];
    for (const file of await slowFixtures(question.dir))
      slow.push(await measure(judge, question, file, lift));
    const ok =
      reference.multiple <= MARGIN_TARGETS.referenceAtMost &&
      slow.every((s) => s.timedOut || s.multiple >= MARGIN_TARGETS.slowAtLeast);
    results.push({ id, limitMs: question.frontMatter.cpuTimeLimitMs, reference, slow, ok });
  }
  return results;
}

/** One line per question: `id  limit  reference 0.12x | slow 3.40x`. */
export function formatMargins(rows: QuestionMargins[]): string {
  const show = (m: Margin) => `${m.timedOut ? '>=' : ''}${m.multiple.toFixed(2)}x`;
  return rows
    .map((r) => {
      const slow = r.slow
        .map((s) => `${path.basename(s.file).split('.')[0]} ${show(s)}`)
        .join(', ');
      return `${r.ok ? ' ' : '!'} ${r.id.padEnd(28)} ${String(r.limitMs).padStart(5)} ms  reference ${show(r.reference)}  slow: ${slow || 'none'}`;
    })
    .join('\n');
}
