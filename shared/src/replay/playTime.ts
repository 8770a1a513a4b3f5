/** A stretch with no activity longer than this is idle, and skipped when playing. */
export const IDLE_GAP_MS = 5_000;
/** How long a skipped idle stretch still takes to play, so the jump stays visible. */
export const IDLE_PLAY_MS = 1_000;

interface Breakpoint {
  /** Instant on the session's clock. */
  at: number;
  /** The same instant on the play clock (ms from the start of playing). */
  play: number;
}

/**
 * A mapping between the session's clock and a play clock on which every idle stretch (no
 * activity for more than `IDLE_GAP_MS`) lasts `IDLE_PLAY_MS`. Piecewise linear and increasing,
 * so a player advances play time at its speed and shows `toInstant(play)`; a seek goes the
 * other way with `toPlay(at)`.
 *
 * @example
 * const clock = new PlayClock(0, 60_000, [0, 1_000, 50_000]);
 * clock.duration;        // 1 s typed, 1 s for the 49 s idle, 1 s, 1 s for the idle tail
 * clock.toInstant(1_500) // somewhere inside the skipped stretch
 */
export class PlayClock {
  private readonly points: Breakpoint[] = [];

  constructor(
    readonly start: number,
    readonly end: number,
    activity: readonly number[],
  ) {
    const times = [
      start,
      ...activity.filter((t) => t > start && t < end).sort((a, b) => a - b),
      end,
    ];
    let play = 0;
    this.points.push({ at: start, play: 0 });
    for (let i = 1; i < times.length; i += 1) {
      const gap = times[i]! - times[i - 1]!;
      if (gap <= 0) continue;
      play += gap > IDLE_GAP_MS ? IDLE_PLAY_MS : gap;
      this.points.push({ at: times[i]!, play });
    }
  }

  /** Length of the whole range on the play clock. */
  get duration(): number {
    return this.points.at(-1)!.play;
  }

  /** The play time of instant `at` (clamped to the range). */
  toPlay(at: number): number {
    return this.interpolate(at, 'at', 'play');
  }

  /** The instant shown at play time `play` (clamped to the range). */
  toInstant(play: number): number {
    return Math.round(this.interpolate(play, 'play', 'at'));
  }

  private interpolate(value: number, from: keyof Breakpoint, to: keyof Breakpoint): number {
    const points = this.points;
    if (value <= points[0]![from]) return points[0]![to];
    let lo = 0;
    let hi = points.length - 1;
    if (value >= points[hi]![from]) return points[hi]![to];
    // The last breakpoint at or before `value`.
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]![from] <= value) lo = mid;
      else hi = mid;
    }
    const a = points[lo]!;
    const b = points[hi]!;
    const span = b[from] - a[from];
    return span === 0 ? a[to] : a[to] + ((value - a[from]) / span) * (b[to] - a[to]);
  }
}
