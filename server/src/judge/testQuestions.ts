import type { CodingFrontMatter, TestCase } from '@mockloop/shared';
import type { CodingQuestion } from '../bank/types';

/**
 * Builds an in-memory coding question for tests and benchmarks, with the front matter defaults
 * the bank loader would apply. Not used by the server itself.
 */
export function makeCodingQuestion(options: {
  entry: string;
  style?: 'function' | 'class';
  compare?: CodingFrontMatter['compare'];
  tolerance?: number;
  cpuTimeLimitMs?: number;
  memoryLimitMb?: number;
  examples: TestCase[];
  hidden?: TestCase[];
}): CodingQuestion {
  const id = `test-${options.entry.toLowerCase()}`;
  return {
    id,
    frontMatter: {
      id,
      kind: 'coding',
      title: `Test question ${options.entry}`,
      difficulty: 'easy',
      tags: [],
      competencies: ['problem-solving'],
      timeLimitMinutes: 10,
      style: options.style ?? 'function',
      entry: options.entry,
      compare: options.compare ?? 'exact',
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
      cpuTimeLimitMs: options.cpuTimeLimitMs ?? 2000,
      memoryLimitMb: options.memoryLimitMb ?? 64,
    },
    examples: options.examples,
    hidden: options.hidden ?? [],
    solutions: {},
    starters: {},
    dir: '/nonexistent',
    contentHash: 'test',
  };
}

/** `add(a, b)`: two examples and two hidden cases; small limits so limit tests stay quick. */
export const addQuestion = makeCodingQuestion({
  entry: 'add',
  cpuTimeLimitMs: 300,
  memoryLimitMb: 32,
  examples: [
    { name: 'small numbers', args: [1, 2], expected: 3 },
    { name: 'negatives', args: [-4, 1], expected: -3 },
  ],
  hidden: [
    { name: 'large', args: [1_000_000, 2_000_000], expected: 3_000_000 },
    { name: 'zero', args: [0, 0], expected: 0 },
  ],
});

/** A tiny counter class: `new Counter(start)`, `inc()`, `get()`. */
export const counterQuestion = makeCodingQuestion({
  entry: 'Counter',
  style: 'class',
  cpuTimeLimitMs: 300,
  examples: [
    {
      name: 'counts up',
      calls: [['Counter', 5], ['inc'], ['inc'], ['get']],
      expected: [null, null, null, 7],
    },
  ],
  hidden: [{ name: 'from zero', calls: [['Counter', 0], ['get']], expected: [null, 0] }],
});
