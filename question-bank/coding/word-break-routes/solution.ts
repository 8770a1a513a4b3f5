const MOD = 1_000_000_007;

export function countSplits(path: string, segments: string[]): number {
  const known = new Set(segments);
  let longest = 0;
  for (const segment of known) longest = Math.max(longest, segment.length);
  // ways[i] = number of ways to split the first i characters.
  const ways = new Float64Array(path.length + 1);
  ways[0] = 1;
  for (let end = 1; end <= path.length; end++) {
    let total = 0;
    for (let start = Math.max(0, end - longest); start < end; start++) {
      const before = ways[start] ?? 0;
      if (before !== 0 && known.has(path.slice(start, end))) total += before;
    }
    ways[end] = total % MOD;
  }
  return ways[path.length] ?? 0;
}
