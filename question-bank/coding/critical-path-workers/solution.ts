/** A binary min-heap ordered by `less`. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    let i = a.length;
    a.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(item, a[parent]!)) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = item;
  }

  pop(): T {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= a.length) break;
      if (child + 1 < a.length && this.less(a[child + 1]!, a[child]!)) child++;
      if (!this.less(a[child]!, last)) break;
      a[i] = a[child]!;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/**
 * Priorities (duration plus the longest chain after the task) in one pass over a topological
 * order, then an event simulation with a ready heap (priority desc, name asc) and a running heap
 * by finish time. O((n + e) log n).
 */
export function scheduleTasks(
  tasks: (string | number)[][],
  k: number,
): { makespan: number; order: string[] } {
  const n = tasks.length;
  const index = new Map<string, number>();
  tasks.forEach((t, i) => index.set(t[0] as string, i));
  const names = tasks.map((t) => t[0] as string);
  const duration = tasks.map((t) => t[1] as number);
  const dependents: number[][] = tasks.map(() => []);
  const waiting = new Int32Array(n);
  tasks.forEach((t, i) => {
    for (const dep of new Set(t.slice(2) as string[])) {
      dependents[index.get(dep)!]!.push(i);
      waiting[i]!++;
    }
  });

  // Kahn's order; priorities are filled from the end so every dependent is done first.
  const topo: number[] = [];
  const left = Int32Array.from(waiting);
  for (let i = 0; i < n; i++) if (left[i] === 0) topo.push(i);
  for (let h = 0; h < topo.length; h++)
    for (const d of dependents[topo[h]!]!) if (--left[d]! === 0) topo.push(d);
  const priority = new Float64Array(n);
  for (let h = n - 1; h >= 0; h--) {
    const i = topo[h]!;
    let longest = 0;
    for (const d of dependents[i]!) longest = Math.max(longest, priority[d]!);
    priority[i] = duration[i]! + longest;
  }

  const ready = new Heap<number>(
    (a, b) => priority[a]! > priority[b]! || (priority[a] === priority[b] && names[a]! < names[b]!),
  );
  const running = new Heap<{ end: number; task: number }>((a, b) => a.end < b.end);
  for (let i = 0; i < n; i++) if (waiting[i] === 0) ready.push(i);
  const order: string[] = [];
  let now = 0;
  while (order.length < n) {
    while (running.size < k && ready.size > 0) {
      const task = ready.pop();
      order.push(names[task]!);
      running.push({ end: now + duration[task]!, task });
    }
    now = running.peek()!.end;
    // Finish everything that ends now before choosing what starts next.
    while (running.size > 0 && running.peek()!.end === now) {
      for (const d of dependents[running.pop().task]!) if (--waiting[d]! === 0) ready.push(d);
    }
  }
  while (running.size > 0) now = running.pop().end;
  return { makespan: now, order };
}
