import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  PublicRunResultSchema,
  RunResultSchema,
  type HiddenTestResult,
  type PublicRunResult,
} from './run';

const example = {
  name: 'example',
  hidden: false,
  verdict: 'accepted',
  timeMs: 1.5,
  input: [1, 2],
  expected: 3,
  actual: 3,
} as const;
const hidden = { name: 'secret', hidden: true, verdict: 'wrong_answer' } as const;
const result = (tests: unknown[]) => ({ verdict: 'wrong_answer', passed: 1, total: 2, tests });

describe('run result schemas', () => {
  it("the judge's own result keeps every case's time, hidden or not", () => {
    expect(RunResultSchema.safeParse(result([example, { ...hidden, timeMs: 3 }])).success).toBe(
      true,
    );
  });

  it('a candidate sees an example in full and a hidden case without time, input or output', () => {
    expect(PublicRunResultSchema.safeParse(result([example, hidden])).success).toBe(true);
    const skipped = {
      ...hidden,
      skipped: true,
      message: 'Not run: an earlier case ran out of time.',
    };
    expect(PublicRunResultSchema.safeParse(result([example, skipped])).success).toBe(true);
    for (const leak of [{ timeMs: 812 }, { input: [7] }, { actual: 8 }, { logs: 'x' }]) {
      const parsed = PublicRunResultSchema.safeParse(result([example, { ...hidden, ...leak }]));
      expect(parsed.success, JSON.stringify(leak)).toBe(false);
    }
  });

  it('examples keep their time', () => {
    const { timeMs: _dropped, ...untimed } = example;
    expect(PublicRunResultSchema.safeParse(result([untimed])).success).toBe(false);
  });

  it('types a hidden case without a time', () => {
    expectTypeOf<HiddenTestResult>().not.toHaveProperty('timeMs');
    expectTypeOf<PublicRunResult['tests'][number]>().toHaveProperty('hidden');
  });
});
