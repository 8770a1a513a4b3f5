import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomRunResult, RunResult } from '@mockloop/shared';
import { RoomRequestError } from '../RoomController';
import { renderWithQueries, SLOW_JSDOM_MS, stubQuestionList } from './renderRoom';
import { RoomFooter } from './RoomFooter';
import { CANDIDATE, round, ROUND_START, snapshotFor, testRoom } from './testRoom';

beforeEach(() => {
  stubQuestionList();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const JUDGED: RunResult = {
  verdict: 'wrong_answer',
  passed: 1,
  total: 2,
  tests: [
    {
      name: 'small',
      hidden: false,
      verdict: 'accepted',
      timeMs: 3,
      input: [[1, 2], 3],
      expected: [0, 1],
      actual: [0, 1],
    },
    {
      name: 'big',
      hidden: true,
      verdict: 'wrong_answer',
      timeMs: 812,
      message: 'SECRET expected [4,9] got [9,4]',
    },
  ],
};

function run(result: RunResult): RoomRunResult {
  return {
    docIndex: 0,
    by: CANDIDATE.userId,
    mode: 'submit',
    language: 'javascript',
    at: ROUND_START,
    result,
  };
}

const ENDED = [round({ endedAt: ROUND_START + 1_800_000 })];

describe('RoomFooter', { timeout: SLOW_JSDOM_MS }, () => {
  it('shows the candidate hidden cases by name and verdict only, and the interviewer everything', () => {
    const candidate = testRoom(snapshotFor('candidate'), { controller: { lastRun: run(JUDGED) } });
    const view = renderWithQueries(<RoomFooter room={candidate.room} />);
    const [example, hidden] = screen.getAllByTestId('room-test-result');
    expect(example?.textContent).toContain('Accepted');
    expect(example?.textContent).toContain('3 ms');
    expect(example?.textContent).toContain('[0,1]');
    expect(hidden?.textContent).toBe('bighiddenWrong answer');
    expect(screen.getByTestId('room-run-verdict').textContent).toContain('1 / 2 tests passed');
    expect(screen.getByText('Submitted by You (javascript)')).toBeTruthy();
    view.unmount();

    const interviewer = testRoom(snapshotFor('interviewer'), {
      controller: { lastRun: run(JUDGED) },
    });
    renderWithQueries(<RoomFooter room={interviewer.room} />);
    const full = screen.getAllByTestId('room-test-result')[1];
    expect(full?.textContent).toContain('812 ms');
    expect(full?.textContent).toContain('SECRET expected [4,9] got [9,4]');
  });

  it('sends Run and Submit, and shows who is running while it is judged', async () => {
    const { room, sent } = testRoom(snapshotFor('candidate'));
    const view = renderWithQueries(<RoomFooter room={room} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    // The request is recorded at once; the buttons come back when its ack has arrived.
    await waitFor(() =>
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Submit' }).disabled).toBe(
        false,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { event: 'room:run', payload: { mode: 'run' } },
      { event: 'room:run', payload: { mode: 'submit' } },
    ]);

    view.rerender(<RoomFooter room={{ ...room, running: { by: 'u-ivy', mode: 'run' } }} />);
    expect(screen.getByText('Running… (Ivy Interviewer pressed Run)')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Run' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Submit' }).disabled).toBe(true);
  });

  it("shows a refused run's message inline", async () => {
    const { room } = testRoom(snapshotFor('candidate'), {
      answer: () => {
        throw new RoomRequestError('run_in_progress', 'A run of this room is still being judged.');
      },
    });
    renderWithQueries(<RoomFooter room={room} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A run of this room is still being judged.',
    );
  });

  it('has no Run for a question that is not coding', () => {
    const snapshot = snapshotFor('candidate');
    snapshot.question = {
      docIndex: 0,
      view: { ...snapshot.question!.view, kind: 'behavioral' },
      hintsRevealed: 1,
    };
    const { room } = testRoom(snapshot);
    renderWithQueries(<RoomFooter room={room} />);
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull();
  });

  it('lets only the interviewer end the round, after confirming', async () => {
    const candidate = testRoom(snapshotFor('candidate'));
    const view = renderWithQueries(<RoomFooter room={candidate.room} />);
    expect(screen.queryByRole('button', { name: 'End round' })).toBeNull();
    view.unmount();

    const { room, sent } = testRoom(snapshotFor('interviewer'));
    renderWithQueries(<RoomFooter room={room} />);
    fireEvent.click(screen.getByRole('button', { name: 'End round' }));
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, end the round' }));
    await waitFor(() => expect(sent).toEqual([{ event: 'room:end-round', payload: {} }]));
  });

  it('after the round: the interviewer gets the scorecard, the candidate the rating form', () => {
    const interviewer = testRoom(snapshotFor('interviewer', { rounds: ENDED }));
    const view = renderWithQueries(<RoomFooter room={interviewer.room} />);
    expect(screen.getByRole('form', { name: 'Scorecard' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Rate your interviewer' })).toBeNull();
    expect(screen.getByText('Waiting for Cam Candidate’s rating…')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Run' }).disabled).toBe(true);
    view.unmount();

    const candidate = testRoom(snapshotFor('candidate', { rounds: ENDED }));
    renderWithQueries(<RoomFooter room={candidate.room} />);
    expect(screen.getByRole('form', { name: 'Rate your interviewer' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Scorecard' })).toBeNull();
    expect(screen.getByText('Waiting for Ivy Interviewer’s scorecard…')).toBeTruthy();
  });

  it('shows each side what the other submitted, this round and earlier ones', () => {
    const scorecard = {
      ratings: { 'problem-solving': { score: 3, evidence: 'Found the hash map' } },
      strengths: 'Clear thinking aloud',
      improvements: 'Test edge cases',
      recommendation: 'hire' as const,
    };
    const rating = { clarity: 4, helpfulness: 5, comment: 'Kind hints' };
    const rounds = [
      round({ endedAt: ROUND_START + 1, scorecard, rating }),
      round({ index: 1, interviewerId: CANDIDATE.userId, candidateId: 'u-ivy', endedAt: null }),
    ];
    const { room } = testRoom(snapshotFor('candidate', { rounds }));
    renderWithQueries(<RoomFooter room={room} />);
    const earlier = screen.getByRole('region', { name: 'Earlier rounds' });
    const card = within(earlier).getByRole('region', { name: 'Scorecard from Ivy Interviewer' });
    expect(card.textContent).toContain('Recommendation: Hire');
    expect(card.textContent).toContain('Problem solving3 · Leaning hire');
    expect(card.textContent).toContain('Found the hash map');
    const given = within(earlier).getByRole('region', { name: 'Rating from You' });
    expect(given.textContent).toContain('Clarity4 · Very good');
  });

  it('swaps roles, and finishes the interview after confirming', async () => {
    const { room, sent } = testRoom(snapshotFor('candidate', { rounds: ENDED }));
    renderWithQueries(<RoomFooter room={room} />);
    fireEvent.click(screen.getByRole('button', { name: 'Swap roles' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Swap roles' }).disabled).toBe(
        false,
      ),
    );
    expect(sent).toEqual([{ event: 'room:swap', payload: {} }]);
    fireEvent.click(screen.getByRole('button', { name: 'Finish interview' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, finish the interview' }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ event: 'room:finish', payload: {} }));
  });

  it('offers nothing more once the interview is finished', () => {
    const { room } = testRoom(snapshotFor('interviewer', { rounds: ENDED, status: 'completed' }));
    renderWithQueries(<RoomFooter room={room} />);
    expect(screen.getByText('This interview is finished.')).toBeTruthy();
    for (const name of ['Swap roles', 'Finish interview', 'Submit scorecard', 'End round', 'Run']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
  });
});
