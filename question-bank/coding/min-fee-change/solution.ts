export function fewestPacks(packs: number[], amount: number): number {
  const sizes = [...new Set(packs)].filter((size) => size <= amount);
  // fewest[a] = fewest packs summing exactly to a; Infinity when impossible.
  const fewest = new Float64Array(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    let best = Infinity;
    for (const size of sizes) {
      if (size <= a) {
        const candidate = (fewest[a - size] ?? Infinity) + 1;
        if (candidate < best) best = candidate;
      }
    }
    fewest[a] = best;
  }
  const answer = fewest[amount] ?? Infinity;
  return answer === Infinity ? -1 : answer;
}
