export function broadcastTime(n: number, links: number[][], source: number): number {
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(links.length);
  links.forEach(([from = 0], i) => {
    next[i] = head[from] ?? -1;
    head[from] = i;
  });
  const dist = new Float64Array(n).fill(Infinity);
  dist[source] = 0;
  // Binary min-heap of [time, node] pairs; stale entries are skipped when popped.
  const heap: [number, number][] = [[0, source]];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent]?.[0] ?? 0) <= item[0]) break;
      heap[i] = heap[parent] ?? item;
      i = parent;
    }
    heap[i] = item;
  };
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && (heap[right]?.[0] ?? 0) < (heap[left]?.[0] ?? 0) ? right : left;
      if ((heap[child]?.[0] ?? 0) >= last[0]) break;
      heap[i] = heap[child] ?? last;
      i = child;
    }
    heap[i] = last;
    return top;
  };

  let reached = 0;
  let latest = 0;
  for (let item = pop(); item !== undefined; item = pop()) {
    const [time, node] = item;
    if (time > (dist[node] ?? Infinity)) continue;
    reached++;
    latest = time;
    for (let e = head[node] ?? -1; e !== -1; e = next[e] ?? -1) {
      const [, to = 0, ms = 0] = links[e] ?? [];
      if (time + ms < (dist[to] ?? Infinity)) {
        dist[to] = time + ms;
        push([time + ms, to]);
      }
    }
  }
  return reached === n ? latest : -1;
}
