type Row = [string, number, number, number];

/**
 * Groups records by customer and floor-aligned window start in one pass, then sorts the groups.
 * Only windows holding records are touched, so the time span does not matter. O(n log n).
 */
export function windowSums(
  records: [string, number, number][],
  sizeMs: number,
  offsetMs: number,
): Row[] {
  const groups = new Map<string, Map<number, Row>>();
  for (const [customer, t, units] of records) {
    // floor, not trunc: a t before the offset belongs to a window with a negative k.
    const start = offsetMs + Math.floor((t - offsetMs) / sizeMs) * sizeMs;
    let windows = groups.get(customer);
    if (!windows) groups.set(customer, (windows = new Map()));
    const row = windows.get(start);
    if (row) {
      row[2] += units;
      row[3]++;
    } else {
      windows.set(start, [customer, start, units, 1]);
    }
  }
  const rows: Row[] = [];
  for (const windows of groups.values()) rows.push(...windows.values());
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}
