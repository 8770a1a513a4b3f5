import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FeedbackSchema } from '@mockloop/shared';
import { SelfRating } from './SelfRating';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

describe('SelfRating', { timeout: SLOW_JSDOM_MS }, () => {
  it('rates each competency 1 to 4 with words, takes a note, and fits the feedback schema', () => {
    const onChange = vi.fn();
    render(<SelfRating competencies={['leadership', 'communication']} onChange={onChange} />);
    const leadership = screen.getByRole('group', { name: 'Leadership' });
    expect(
      within(leadership)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['1 · No hire', '2 · Leaning no hire', '3 · Leaning hire', '4 · Strong hire']);
    fireEvent.click(within(leadership).getByRole('radio', { name: '3 · Leaning hire' }));
    const communication = screen.getByRole('group', { name: 'Communication and collaboration' });
    fireEvent.click(within(communication).getByRole('radio', { name: '4 · Strong hire' }));
    fireEvent.change(screen.getByLabelText('Note to yourself'), {
      target: { value: 'Say the result first.' },
    });

    const review = onChange.mock.lastCall?.[0] as unknown;
    expect(review).toEqual({
      ratings: { leadership: 3, communication: 4 },
      notes: 'Say the result first.',
    });
    const feedback = { authorId: 'u1', createdAt: 1, ...(review as object) };
    expect(FeedbackSchema.safeParse(feedback).success).toBe(true);
  });
});
