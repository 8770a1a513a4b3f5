import { useEffect, useMemo, useRef, useState } from 'react';
import { PlayClock } from '@mockloop/shared';

/** The speeds a replay offers. */
export const SPEEDS = [1, 2, 5, 10, 20] as const;
export type Speed = (typeof SPEEDS)[number];

export interface PlaybackRange {
  start: number;
  end: number;
  /** Instants of activity: idle stretches between them are skipped when asked. */
  activity: readonly number[];
}

export interface Playback {
  /** The instant shown (epoch ms), within the range. */
  at: number;
  playing: boolean;
  speed: Speed;
  skipIdle: boolean;
  seek(at: number): void;
  toggle(): void;
  setSpeed(speed: Speed): void;
  setSkipIdle(skip: boolean): void;
}

function clamp(value: number, { start, end }: PlaybackRange): number {
  return Math.min(end, Math.max(start, value));
}

/**
 * Plays a range of a session's clock: `at` moves at `speed` times real time while playing (on
 * the idle-skipping play clock when `skipIdle`), and stops at the end. Playing from the end
 * starts over. A seek outside the range shows its nearest end until the range moves there.
 */
export function usePlayback(range: PlaybackRange, initialAt: number): Playback {
  // Kept unclamped: a seek into another part arrives together with that part's range.
  const [rawAt, setAt] = useState(initialAt);
  const at = clamp(rawAt, range);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [skipIdle, setSkipIdle] = useState(true);
  const clock = useMemo(
    () => new PlayClock(range.start, range.end, range.activity),
    [range.start, range.end, range.activity],
  );
  // The frame loop reads the latest instant without restarting on every frame.
  const current = useRef(at);
  current.current = at;

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const elapsed = (now - last) * speed;
      last = now;
      const from = current.current;
      const next = skipIdle
        ? clock.toInstant(clock.toPlay(from) + elapsed)
        : clamp(from + elapsed, range);
      current.current = next;
      setAt(next);
      if (next >= range.end) {
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, skipIdle, clock, range]);

  return {
    at,
    playing,
    speed,
    skipIdle,
    seek: setAt,
    toggle: () => {
      if (!playing && current.current >= range.end) setAt(range.start);
      setPlaying(!playing);
    },
    setSpeed,
    setSkipIdle,
  };
}
