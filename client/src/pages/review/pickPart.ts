import { partAt, type ReplayPart, type SessionReplay } from '@mockloop/shared';

/**
 * The part to show for a moment: one whose span holds it, preferring the given round (a
 * practice verdict lands after the next round started), else the one on at that time.
 */
export function pickPart(
  replay: SessionReplay,
  at: number,
  round: number | null = null,
): ReplayPart | undefined {
  const holding = replay.parts.filter((p) => p.start <= at && at <= p.end);
  return (
    holding.find((p) => p.round === round) ??
    (round === null ? undefined : replay.parts.find((p) => p.round === round && p.start <= at)) ??
    holding.at(-1) ??
    partAt(replay, at)
  );
}

/** `?t=` as milliseconds from the session's start, or null when absent or not a number. */
export function parseInstant(value: string | null): number | null {
  if (value === null || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}
