import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicQuestion } from '@mockloop/shared';
import { CustomRunPanel } from './CustomRunPanel';

const question = {
  id: 'count-multiples',
  kind: 'coding',
  title: 'Count Multiples',
  difficulty: 'easy',
  tags: [],
  competencies: [],
  timeLimitMinutes: 10,
  prompt: '',
  sections: [],
  hints: [],
  contentHash: 'abcdef12',
  coding: {
    style: 'function',
    entry: 'countMultiples',
    compare: 'exact',
    cpuTimeLimitMs: 500,
    memoryLimitMb: 64,
    examples: [],
    hiddenCount: 0,
    starters: {},
  },
} satisfies PublicQuestion;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CustomRunPanel', () => {
  it('sends the code as it is now with the parsed arguments, and shows what came back', async () => {
    const fetch = vi.fn((_input: string, _init?: RequestInit) =>
      Promise.resolve(
        new Response(JSON.stringify({ outcome: 'ran', output: 3, logs: 'hi\n', timeMs: 1.2 })),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <CustomRunPanel
        sessionId="s1"
        question={question}
        currentCode={() => ({ language: 'javascript', code: 'function countMultiples() {}' })}
        onRoundOver={() => {}}
      />,
    );
    fireEvent.change(screen.getByLabelText('Your arguments (JSON array)'), {
      target: { value: '[10, 3]' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run my input' }));

    const shown = await screen.findByTestId('custom-run-result');
    expect(shown.textContent).toContain('Ran');
    expect(screen.getByLabelText('Returned').textContent).toBe('3');
    expect(screen.getByLabelText('Console output').textContent).toBe('hi\n');
    const [path, init] = fetch.mock.calls[0]!;
    expect(path).toBe('/api/runs/custom');
    expect(JSON.parse(init?.body as string)).toEqual({
      sessionId: 's1',
      questionId: 'count-multiples',
      language: 'javascript',
      code: 'function countMultiples() {}',
      input: { args: [10, 3] },
    });
  });
});
