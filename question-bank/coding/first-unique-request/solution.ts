/**
 * Two passes: count every id, then return the first id whose count is one.
 * O(n) time, O(distinct ids) space.
 */
export function firstUniqueRequest(ids: number[]): number {
  const counts = new Map<number, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const id of ids) {
    if (counts.get(id) === 1) return id;
  }
  return -1;
}
