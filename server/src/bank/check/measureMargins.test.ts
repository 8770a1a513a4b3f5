import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge, type Judge } from '../../judge';
import { loadBank } from '../loadBank';
import type { QuestionBank } from '../types';
import { formatMargins, measureMargins } from './measureMargins';

const SMALL_BANK = path.resolve(import.meta.dirname, '../../../../tests/fixtures/banks/small');

let bank: QuestionBank;
let judge: Judge;
beforeAll(async () => {
  bank = await loadBank(SMALL_BANK);
  judge = createJudge({ concurrency: 1 });
});
afterAll(async () => {
  await judge.close();
});

describe('measureMargins', () => {
  it('reports the reference far under the limit and the slow fixture past the lifted limit', async () => {
    const [row] = await measureMargins(bank, judge, ['count-multiples'], 2);
    expect(row).toMatchObject({ id: 'count-multiples', limitMs: 500, ok: true });
    expect(row!.reference.file).toBe('solution.ts');
    expect(row!.reference.multiple).toBeLessThan(0.25);
    expect(row!.slow).toEqual([
      { file: 'fixtures/loop.time_limit_exceeded.ts', multiple: 2, timedOut: true },
    ]);
    expect(formatMargins([row!])).toMatch(
      /^ {2}count-multiples +500 ms {2}reference 0\.\d\dx {2}slow: loop >=2\.00x$/,
    );
  });

  it('refuses an unknown id', async () => {
    await expect(measureMargins(bank, judge, ['no-such-question'])).rejects.toThrow(
      /no-such-question/,
    );
  });
});
