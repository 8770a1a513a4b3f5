export function editDistance(before: string, after: string): number {
  const a = Array.from(before);
  const b = Array.from(after);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ch = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      if (ch === b[j - 1]) {
        current[j] = previous[j - 1] ?? 0;
      } else {
        current[j] = 1 + Math.min(previous[j] ?? 0, current[j - 1] ?? 0, previous[j - 1] ?? 0);
      }
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
