/**
 * In sorted input every duplicate sits right after its twin, so comparing with the last kept
 * value is enough. O(n) time, no extra structure.
 */
export function dedupeSorted(events: number[]): number[] {
  const kept: number[] = [];
  for (const event of events) {
    if (kept.length === 0 || kept[kept.length - 1] !== event) kept.push(event);
  }
  return kept;
}
