import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RubricChecklist, rubricResult } from './RubricChecklist';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

const ITEMS = [
  { id: 'req', text: 'Requirements' },
  { id: 'scale', text: 'Scaling' },
  { id: 'fail', text: 'Failure modes' },
  { id: 'cost', text: 'Cost' },
];

describe('RubricChecklist', { timeout: SLOW_JSDOM_MS }, () => {
  it('scores ticked over total, ignoring ids that are not in the rubric', () => {
    expect(rubricResult(ITEMS, ['req', 'gone'])).toEqual({
      ticked: ['req'],
      total: 4,
      score: 0.25,
    });
    expect(rubricResult([], ['req'])).toEqual({ ticked: [], total: 0, score: 0 });
  });

  it('reports each tick and shows the score', () => {
    const onChange = vi.fn();
    render(<RubricChecklist items={ITEMS} initialTicked={['req']} onChange={onChange} />);
    expect(screen.getByTestId('rubric-score').textContent).toBe('Covered 1 of 4 (25%)');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Failure modes' }));
    expect(onChange).toHaveBeenLastCalledWith({ ticked: ['req', 'fail'], total: 4, score: 0.5 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Requirements' }));
    expect(onChange).toHaveBeenLastCalledWith({ ticked: ['fail'], total: 4, score: 0.25 });
    expect(screen.getByTestId('rubric-score').textContent).toBe('Covered 1 of 4 (25%)');
  });
});
