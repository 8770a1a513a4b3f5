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

interface Busy {
  worker: number;
  freeAt: number;
}

/**
 * Two heaps: idle workers by number, busy workers by (free time, number). Before each job,
 * every busy worker that is free by its arrival moves to the idle heap. O((n + k) log k).
 */
export function assignWorkers(
  k: number,
  jobs: number[][],
): { jobsPerWorker: number[]; totalWait: number } {
  const idle = new Heap<number>((a, b) => a < b);
  for (let w = 0; w < k; w++) idle.push(w);
  const busy = new Heap<Busy>(
    (a, b) => a.freeAt < b.freeAt || (a.freeAt === b.freeAt && a.worker < b.worker),
  );
  const jobsPerWorker = new Array<number>(k).fill(0);
  let totalWait = 0;
  // Array.prototype.sort is stable: equal arrivals keep their input order.
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[a]![0]! - jobs[b]![0]!);
  for (const i of order) {
    const [arrival, duration] = jobs[i] as [number, number];
    while (busy.size > 0 && busy.peek()!.freeAt <= arrival) idle.push(busy.pop().worker);
    let worker: number;
    let start = arrival;
    if (idle.size > 0) worker = idle.pop();
    else {
      const next = busy.pop();
      worker = next.worker;
      start = next.freeAt;
    }
    jobsPerWorker[worker]!++;
    totalWait += start - arrival;
    busy.push({ worker, freeAt: start + duration });
  }
  return { jobsPerWorker, totalWait };
}
