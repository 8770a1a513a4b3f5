import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionBadges } from './QuestionBadges';

const question = {
  kind: 'coding',
  difficulty: 'easy',
  competencies: ['problem-solving'],
  timeLimitMinutes: 20,
} as const;

describe('QuestionBadges', () => {
  it("names a team bank's question's bank, for sighted and screen-reader users alike", () => {
    render(<QuestionBadges {...question} competencies={[...question.competencies]} bank="acme" />);
    expect(screen.getByTestId('question-bank').textContent).toBe('From the team bank acme');
  });

  it('shows no bank for a built-in question', () => {
    render(<QuestionBadges {...question} competencies={[...question.competencies]} />);
    expect(screen.queryByTestId('question-bank')).toBeNull();
  });
});
