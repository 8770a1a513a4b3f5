import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScorecardSubmitPayloadSchema } from '@mockloop/shared';
import { RoomRequestError } from '../RoomController';
import { RatingForm } from './RatingForm';
import { renderWithQueries, SLOW_JSDOM_MS, stubQuestionList } from './renderRoom';
import { ScorecardForm } from './ScorecardForm';
import { round, ROUND_START, snapshotFor, testRoom } from './testRoom';

beforeEach(() => {
  stubQuestionList();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const ENDED = round({ endedAt: ROUND_START + 1 });

function alertText() {
  return screen.getByRole('alert').textContent;
}

describe('ScorecardForm', { timeout: SLOW_JSDOM_MS }, () => {
  it("rates the question's competencies 1 to 4 and sends a scorecard the server accepts", async () => {
    const { room, sent } = testRoom(snapshotFor('interviewer', { rounds: [ENDED] }));
    renderWithQueries(<ScorecardForm room={room} round={ENDED} />);

    const solving = screen.getByRole('group', { name: 'Problem solving' });
    expect(
      within(solving)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['1 · No hire', '2 · Leaning no hire', '3 · Leaning hire', '4 · Strong hire']);
    expect(screen.getByRole('group', { name: 'Communication and collaboration' })).toBeTruthy();
    fireEvent.click(within(solving).getByRole('radio', { name: '3 · Leaning hire' }));
    fireEvent.change(screen.getByLabelText('Evidence for Problem solving'), {
      target: { value: ' Found the hash map ' },
    });
    fireEvent.change(screen.getByLabelText('Another competency'), {
      target: { value: 'leadership' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add competency' }));
    const leadership = screen.getByRole('group', { name: 'Leadership' });
    fireEvent.click(within(leadership).getByRole('radio', { name: '2 · Leaning no hire' }));
    fireEvent.change(screen.getByLabelText('Strengths'), {
      target: { value: 'Talked it through' },
    });
    fireEvent.change(screen.getByLabelText('Areas to improve'), {
      target: { value: 'Edge cases' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Hire' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    await screen.findByText('Scorecard submitted.');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.event).toBe('scorecard:submit');
    expect(sent[0]?.payload).toEqual({
      round: 0,
      scorecard: {
        ratings: {
          'problem-solving': { score: 3, evidence: 'Found the hash map' },
          leadership: { score: 2, evidence: '' },
        },
        strengths: 'Talked it through',
        improvements: 'Edge cases',
        recommendation: 'hire',
      },
    });
    const withRoom = { sessionId: 's-room', ...(sent[0]?.payload as object) };
    expect(ScorecardSubmitPayloadSchema.safeParse(withRoom).success).toBe(true);
  });

  it('says what is missing instead of sending', () => {
    const { room, sent } = testRoom(snapshotFor('interviewer', { rounds: [ENDED] }));
    renderWithQueries(<ScorecardForm room={room} round={ENDED} />);
    const submit = screen.getByRole('button', { name: 'Submit scorecard' });

    fireEvent.click(submit);
    expect(alertText()).toBe('Score at least one competency.');

    fireEvent.change(screen.getByLabelText('Evidence for Communication and collaboration'), {
      target: { value: 'Quiet at first' },
    });
    const solving = screen.getByRole('group', { name: 'Problem solving' });
    fireEvent.click(within(solving).getByRole('radio', { name: '4 · Strong hire' }));
    fireEvent.click(submit);
    expect(alertText()).toBe('Score Communication and collaboration or clear its evidence.');

    fireEvent.change(screen.getByLabelText('Evidence for Communication and collaboration'), {
      target: { value: '' },
    });
    fireEvent.click(submit);
    expect(alertText()).toBe('Choose a recommendation.');
    expect(sent).toEqual([]);
  });

  it("keeps the form and shows the server's refusal", async () => {
    const { room } = testRoom(snapshotFor('interviewer', { rounds: [ENDED] }), {
      answer: () => {
        throw new RoomRequestError('already_submitted', 'That scorecard was already submitted.');
      },
    });
    renderWithQueries(<ScorecardForm room={room} round={ENDED} />);
    const solving = screen.getByRole('group', { name: 'Problem solving' });
    fireEvent.click(within(solving).getByRole('radio', { name: '4 · Strong hire' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Strong hire' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    await waitFor(() => expect(alertText()).toBe('That scorecard was already submitted.'));
    expect(screen.getByRole('form', { name: 'Scorecard' })).toBeTruthy();
  });
});

describe('RatingForm', { timeout: SLOW_JSDOM_MS }, () => {
  it('needs both scores, then sends clarity, helpfulness and the comment', async () => {
    const { room, sent } = testRoom(snapshotFor('candidate', { rounds: [ENDED] }));
    render(<RatingForm room={room} round={ENDED} />);
    const submit = screen.getByRole('button', { name: 'Submit rating' });
    fireEvent.click(submit);
    expect(alertText()).toBe('Rate clarity from 1 to 5.');

    const clarity = screen.getByRole('group', { name: 'Clarity' });
    fireEvent.click(within(clarity).getByRole('radio', { name: '4 · Very good' }));
    fireEvent.click(submit);
    expect(alertText()).toBe('Rate helpfulness from 1 to 5.');
    expect(sent).toEqual([]);

    const helpfulness = screen.getByRole('group', { name: 'Helpfulness' });
    fireEvent.click(within(helpfulness).getByRole('radio', { name: '5 · Excellent' }));
    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: ' Kind hints ' } });
    fireEvent.click(submit);
    await screen.findByText('Rating submitted.');
    expect(sent).toEqual([
      {
        event: 'rating:submit',
        payload: { round: 0, rating: { clarity: 4, helpfulness: 5, comment: 'Kind hints' } },
      },
    ]);
  });
});
