/**
 * Two read pointers, always taking the smaller head; on a tie the primary stream goes first.
 * O(n + m) time, and the output is the only extra space.
 */
export function mergeTimelines(primary: number[], replica: number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < primary.length && j < replica.length) {
    if ((primary[i] as number) <= (replica[j] as number)) merged.push(primary[i++] as number);
    else merged.push(replica[j++] as number);
  }
  while (i < primary.length) merged.push(primary[i++] as number);
  while (j < replica.length) merged.push(replica[j++] as number);
  return merged;
}
