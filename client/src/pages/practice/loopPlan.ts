import { LOOP_PRESETS, type LoopPresetId, type LoopPresetRound } from '@mockloop/shared';

/** A round of a loop being built: its kind and length. */
export type PlannedRound = LoopPresetRound;

/** Moves the round at `from` one step up (-1) or down (+1); out of range changes nothing. */
export function moveRound(
  rounds: readonly PlannedRound[],
  from: number,
  step: -1 | 1,
): PlannedRound[] {
  const to = from + step;
  if (to < 0 || to >= rounds.length) return [...rounds];
  const next = [...rounds];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** The preset these rounds still are exactly, if any: then the server picks the questions. */
export function matchingPreset(rounds: readonly PlannedRound[]): LoopPresetId | null {
  const preset = LOOP_PRESETS.find(
    (p) =>
      p.rounds.length === rounds.length &&
      p.rounds.every((r, i) => r.kind === rounds[i]?.kind && r.minutes === rounds[i]?.minutes),
  );
  return preset?.id ?? null;
}

/**
 * One question per round from each kind's ids, in random order, repeating a question only when
 * a kind has fewer questions than rounds. Null when a kind has none.
 */
export function pickQuestions(
  rounds: readonly PlannedRound[],
  idsByKind: Readonly<Record<string, readonly string[]>>,
  random: () => number = Math.random,
): string[] | null {
  const pools: Record<string, string[]> = {};
  const picked: string[] = [];
  for (const round of rounds) {
    const all = idsByKind[round.kind] ?? [];
    if (all.length === 0) return null;
    let pool = pools[round.kind];
    if (!pool || pool.length === 0) pool = pools[round.kind] = [...all];
    const [id] = pool.splice(Math.floor(random() * pool.length), 1);
    if (id === undefined) return null;
    picked.push(id);
  }
  return picked;
}
