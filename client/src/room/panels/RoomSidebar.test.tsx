import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { RoomRequestError } from '../RoomController';
import { renderWithQueries, SLOW_JSDOM_MS, stubQuestionList } from './renderRoom';
import { RoomSidebar } from './RoomSidebar';
import { MATERIAL, SECRETS, snapshotFor, testRoom } from './testRoom';

beforeEach(() => {
  stubQuestionList();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const INTERVIEWER_CONTROLS = [
  'Present question',
  'Reveal next hint',
  'Start timer',
  'Pause timer',
  'Resume timer',
];

function expectNoSecrets(text: string) {
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
}

describe('RoomSidebar', { timeout: SLOW_JSDOM_MS }, () => {
  it('shows the candidate the question with the revealed hints only and no interviewer controls', () => {
    const { room } = testRoom(snapshotFor('candidate'));
    const { container } = renderWithQueries(<RoomSidebar room={room} />);

    const question = screen.getByRole('region', { name: 'Question' });
    expect(within(question).getByRole('heading', { name: 'Two Sum' })).toBeTruthy();
    expect(question.textContent).toContain('Find two numbers that add up to the target.');
    expect(question.textContent).toContain('n up to 10^5');
    expect(within(question).getByRole('heading', { name: 'Examples' })).toBeTruthy();
    expect(within(question).getByText('1 of 2 hints revealed')).toBeTruthy();
    expect(question.textContent).toContain('Sort first.');
    for (const name of INTERVIEWER_CONTROLS) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('region', { name: 'Interviewer material' })).toBeNull();
    expect(screen.getByText('Only you can see these.')).toBeTruthy();
    expectNoSecrets(container.textContent ?? '');
  });

  it('never draws interviewer material for a candidate, even if a snapshot carried it', () => {
    const wrong = snapshotFor('candidate');
    wrong.question = {
      docIndex: 0,
      view: wrong.question!.view,
      hintsRevealed: 1,
      interviewer: MATERIAL,
    };
    const { room } = testRoom(wrong);
    const { container } = renderWithQueries(<RoomSidebar room={room} />);
    expect(screen.queryByText('Reference solution')).toBeNull();
    expectNoSecrets(container.textContent ?? '');
  });

  it('tells the candidate to wait before a question is presented', () => {
    const { room } = testRoom(snapshotFor('candidate', { question: null }));
    renderWithQueries(<RoomSidebar room={room} />);
    expect(screen.getByText('Waiting for the interviewer to present a question…')).toBeTruthy();
  });

  it('gives the interviewer the rubric, hidden cases, solution and every hint', () => {
    const { room } = testRoom(snapshotFor('interviewer'));
    renderWithQueries(<RoomSidebar room={room} />);
    const material = screen.getByRole('region', { name: 'Interviewer material' });
    expect(material.textContent).toContain(SECRETS.rubric);
    expect(material.textContent).toContain('What if the input is sorted?');
    expect(material.textContent).toContain(SECRETS.hiddenCase);
    const solution = screen.getByRole('region', { name: 'Reference solution in JavaScript' });
    expect(solution.textContent).toContain(SECRETS.solution);
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(hints.textContent).toContain(SECRETS.unrevealedHint);
  });

  it('reveals the next hint and counts it once acknowledged', async () => {
    const { room, sent } = testRoom(snapshotFor('interviewer'), { answer: () => ({ index: 0 }) });
    renderWithQueries(<RoomSidebar room={room} />);
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).getByText('0 of 2 hints revealed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal next hint' }));
    await within(hints).findByText('1 of 2 hints revealed');
    expect(sent).toEqual([{ event: 'room:hint', payload: {} }]);
  });

  it("shows the server's refusal under the button and lets it be pressed again", async () => {
    const { room } = testRoom(snapshotFor('interviewer'), {
      answer: () => {
        throw new RoomRequestError('no_more_hints', 'Every hint is already revealed.');
      },
    });
    renderWithQueries(<RoomSidebar room={room} />);
    const button = screen.getByRole('button', { name: 'Reveal next hint' });
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Every hint is already revealed.');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  });

  it("starts the timer for the question's minutes, and refuses minutes out of range", async () => {
    const { room, sent } = testRoom(snapshotFor('interviewer'));
    renderWithQueries(<RoomSidebar room={room} />);
    const minutes = screen.getByLabelText('Minutes');
    expect((minutes as HTMLInputElement).value).toBe('25');

    fireEvent.change(minutes, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Minutes must be a whole number from 1 to 180.',
    );
    expect(sent).toEqual([]);

    fireEvent.change(minutes, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await waitFor(() =>
      expect(sent).toEqual([{ event: 'room:timer', payload: { action: 'start', minutes: 30 } }]),
    );
  });

  it('pauses and extends a running timer, and resumes a paused one', async () => {
    const running = {
      durationMs: 600_000,
      running: true,
      remainingMs: 300_000,
      endsAt: Date.now() + 300_000,
    };
    const { room, sent } = testRoom(snapshotFor('interviewer', { timer: running }));
    const view = renderWithQueries(<RoomSidebar room={room} />);
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toMatch(/^[45]:\d\d$/);
    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    // The request is recorded at once; the buttons come back when its ack has arrived.
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLButtonElement>('button', { name: 'Add 5 minutes' }).disabled,
      ).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add 5 minutes' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((s) => s.payload)).toEqual([
      { action: 'pause' },
      { action: 'extend', minutes: 5 },
    ]);

    await waitFor(() =>
      expect(
        screen.getByRole<HTMLButtonElement>('button', { name: 'Add 5 minutes' }).disabled,
      ).toBe(false),
    );
    const paused = { ...running, running: false, endsAt: null };
    view.rerender(<RoomSidebar room={{ ...room, timer: paused }} />);
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toBe('5:00');
    fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    await waitFor(() => expect(sent.at(-1)?.payload).toEqual({ action: 'resume' }));
  });
});
