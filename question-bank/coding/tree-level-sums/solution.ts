export function levelSums(tree: (number | null)[]): number[] {
  const sums: number[] = [];
  if (tree.length === 0 || tree[0] === null || tree[0] === undefined) return sums;
  // Walk the array level by level: the slots after the current level's nodes are their children,
  // two per non-null node, in order.
  let levelStart = 0;
  let levelCount = 1;
  while (levelStart < tree.length && levelCount > 0) {
    let sum = 0;
    let nodes = 0;
    for (let i = levelStart; i < levelStart + levelCount && i < tree.length; i++) {
      const value = tree[i];
      if (value === null || value === undefined) continue;
      sum += value;
      nodes++;
    }
    if (nodes === 0) break;
    sums.push(sum);
    levelStart += levelCount;
    levelCount = nodes * 2;
  }
  return sums;
}
