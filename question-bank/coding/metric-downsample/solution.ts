type Row = [number, number | null, number | null, number | null, number];

/**
 * Keeps the last point per timestamp (a Map written in index order), then drops each surviving
 * number into its bucket in one pass. O(points + buckets).
 */
export function downsample(
  times: number[],
  values: (number | null)[],
  fromMs: number,
  toMs: number,
  stepMs: number,
): Row[] {
  const latest = new Map<number, number | null>();
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t >= fromMs && t < toMs) latest.set(t, values[i]!);
  }
  const buckets = (toMs - fromMs) / stepMs;
  const min = new Array<number>(buckets).fill(Infinity);
  const max = new Array<number>(buckets).fill(-Infinity);
  const sum = new Array<number>(buckets).fill(0);
  const count = new Array<number>(buckets).fill(0);
  for (const [t, value] of latest) {
    if (value === null) continue;
    const k = Math.floor((t - fromMs) / stepMs);
    if (value < min[k]!) min[k] = value;
    if (value > max[k]!) max[k] = value;
    sum[k]! += value;
    count[k]!++;
  }
  const rows: Row[] = [];
  for (let k = 0; k < buckets; k++) {
    const start = fromMs + k * stepMs;
    const n = count[k]!;
    rows.push(n === 0 ? [start, null, null, null, 0] : [start, min[k]!, max[k]!, sum[k]! / n, n]);
  }
  return rows;
}
