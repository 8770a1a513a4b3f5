import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '@mockloop/shared';
import { ResultsPanel } from './ResultsPanel';

const result: RunResult = {
  verdict: 'wrong_answer',
  passed: 1,
  total: 3,
  tests: [
    {
      name: 'example 1',
      hidden: false,
      verdict: 'accepted',
      timeMs: 1.4,
      input: [[1, 2]],
      expected: 3,
      actual: 3,
    },
    {
      name: 'example 2',
      hidden: false,
      verdict: 'wrong_answer',
      timeMs: 2,
      input: [[]],
      expected: 0,
      actual: null,
      logs: 'debug line',
    },
    {
      name: 'large input',
      hidden: true,
      verdict: 'time_limit_exceeded',
      timeMs: 2000,
      skipped: false,
    },
  ],
};

describe('ResultsPanel', () => {
  it('shows the overall verdict and the count of passed tests', () => {
    render(<ResultsPanel result={result} />);
    expect(screen.getByTestId('run-verdict').textContent).toBe('Wrong answer1 / 3 tests passed');
  });

  it('shows inputs, values and logs for examples but only the verdict for hidden tests', () => {
    render(<ResultsPanel result={result} />);
    const rows = screen.getAllByTestId('test-result');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('debug line')).toBeTruthy();
    expect(within(rows[1]!).getByText('null')).toBeTruthy();
    expect(within(rows[2]!).getByText('hidden')).toBeTruthy();
    expect(within(rows[2]!).getByText('Time limit exceeded')).toBeTruthy();
    expect(within(rows[2]!).queryByText('Input')).toBeNull();
  });

  it('shows a compile error once, with its line and column, instead of one card per test', () => {
    const message = 'Line 3, column 9: Expected ";" but found "x"';
    const compileError: RunResult = {
      verdict: 'compile_error',
      passed: 0,
      total: 12,
      tests: Array.from({ length: 12 }, (_, i) => ({
        name: `case ${i + 1}`,
        hidden: i >= 2,
        verdict: 'compile_error' as const,
        timeMs: 0,
        message,
      })),
    };
    render(<ResultsPanel result={compileError} />);
    expect(screen.getByTestId('run-verdict').textContent).toBe('Compile error0 / 12 tests passed');
    expect(screen.getByTestId('compile-error').textContent).toBe(message);
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(screen.queryAllByTestId('test-result')).toHaveLength(0);
    expect(screen.getByText('None of the 12 tests ran: fix the code and run again.')).toBeTruthy();
  });
});
