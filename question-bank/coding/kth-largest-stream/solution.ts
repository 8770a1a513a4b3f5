/** Keeps the k largest latencies in a min-heap; its root is the k-th largest. */
export class KthSlowest {
  private readonly heap: number[] = [];

  constructor(
    private readonly k: number,
    initial: number[] = [],
  ) {
    for (const value of initial) this.offer(value);
  }

  add(latencyMs: number): number | null {
    this.offer(latencyMs);
    return this.heap.length === this.k ? (this.heap[0] ?? null) : null;
  }

  private offer(value: number): void {
    if (this.heap.length < this.k) {
      this.heap.push(value);
      this.siftUp(this.heap.length - 1);
    } else if (value > (this.heap[0] ?? Infinity)) {
      this.heap[0] = value;
      this.siftDown(0);
    }
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const value = heap[index] ?? 0;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] ?? 0;
      if (above <= value) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = value;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const value = heap[index] ?? 0;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && (heap[right] ?? 0) < (heap[left] ?? 0) ? right : left;
      const below = heap[child] ?? 0;
      if (below >= value) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = value;
  }
}
