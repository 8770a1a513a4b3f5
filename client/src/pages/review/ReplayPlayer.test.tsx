import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { foldSessionReplay, PracticeEvent, type SessionEvent } from '@mockloop/shared';
import { ReplayPlayer } from './ReplayPlayer';
import { usePlayback } from './usePlayback';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

const event = (seq: number, at: number, type: string, payload: SessionEvent['payload']) =>
  ({ sessionId: 's', seq, at, actorId: 'me', type, payload, visibility: 'everyone' }) as const;
const star = (situation: string) => ({
  kind: 'behavioral',
  situation,
  task: '',
  action: '',
  result: '',
});

/** A behavioral round: answers saved at 10 s and 40 s, over at 60 s (no editor to load). */
const replay = foldSessionReplay('practice', [
  event(1, 0, PracticeEvent.RoundStart, {
    index: 0,
    questionId: 'q',
    contentHash: 'abcdef12',
    minutes: 1,
    startedAt: 0,
    deadline: 60_000,
    question: {
      id: 'q',
      kind: 'behavioral',
      title: 'Tell me',
      difficulty: 'easy',
      tags: [],
      competencies: [],
      timeLimitMinutes: 1,
      contentHash: 'abcdef12',
      prompt: '',
      sections: [],
      hints: [],
    },
  }),
  event(2, 10_000, PracticeEvent.DraftSave, { index: 0, revision: 1, draft: star('EARLY') }),
  event(3, 40_000, PracticeEvent.DraftSave, { index: 0, revision: 2, draft: star('LATE') }),
  event(4, 60_000, PracticeEvent.RoundEnd, { index: 0, reason: 'expired' }),
]);

function Harness() {
  const part = replay.parts[0]!;
  const playback = usePlayback(part, 0);
  const [seeks, setSeeks] = useState<number[]>([]);
  return (
    <>
      <ReplayPlayer
        part={part}
        playback={playback}
        origin={0}
        onSeek={(at) => {
          playback.seek(at);
          setSeeks((s) => [...s, at]);
        }}
        nameOf={() => 'Me'}
        notes={[]}
      />
      <output data-testid="seeks">{seeks.join(',')}</output>
    </>
  );
}

const answer = () => screen.getByTestId('replay-answer').textContent;
const clock = () => screen.getByTestId('replay-clock').textContent;

describe('ReplayPlayer', { timeout: SLOW_JSDOM_MS }, () => {
  it('steps with the arrow keys (Shift for 30 s), jumps with Home and End, and shows the answer then', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Replay position' });
    expect(answer()).toBe('Nothing written yet.');
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(clock()).toBe('0:30 / 1:00');
    expect(answer()).toContain('Situation: EARLY');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(answer()).toContain('Situation: LATE');
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(clock()).toBe('0:35 / 1:00');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(clock()).toBe('0:00 / 1:00');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(clock()).toBe('1:00 / 1:00');
    expect(screen.getByTestId('seeks').textContent).toBe('30000,35000,40000,35000,0,60000');
  });

  it('toggles play with Space, but leaves Space on a button to the button', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Replay position' });
    fireEvent.keyDown(slider, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Pause' }), { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(slider, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('names each marker and seeks when one is pressed', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Round 1 ended (expired) by Me, at 1:00' }));
    expect(clock()).toBe('1:00 / 1:00');
    expect(screen.getByRole('list', { name: 'When Me edited' })).toBeTruthy();
  });
});
