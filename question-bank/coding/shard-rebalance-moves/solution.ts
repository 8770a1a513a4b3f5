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

interface Load {
  node: string;
  count: number;
}

/**
 * Heaps of (count, name) snapshots for the least and the most loaded node, with lazy deletion:
 * a snapshot is stale once the node's count has changed. Each node's shards sit in a min-heap so
 * the smallest shard is at hand. O((nodes + shards + moves) log n).
 */
export function rebalance(
  shards: Record<string, number[]>,
  nodes: string[],
  draining: string[],
): [number, string, string][] {
  const count = new Map<string, number>();
  const owned = new Map<string, Heap<number>>();
  const least = new Heap<Load>(
    (a, b) => a.count < b.count || (a.count === b.count && a.node < b.node),
  );
  const most = new Heap<Load>(
    (a, b) => a.count > b.count || (a.count === b.count && a.node < b.node),
  );
  const update = (node: string, delta: number) => {
    const c = count.get(node)! + delta;
    count.set(node, c);
    least.push({ node, count: c });
    most.push({ node, count: c });
  };
  const top = (heap: Heap<Load>) => {
    while (heap.peek()!.count !== count.get(heap.peek()!.node)) heap.pop();
    return heap.peek()!;
  };
  for (const node of nodes) {
    const heap = new Heap<number>((a, b) => a < b);
    for (const shard of shards[node] ?? []) heap.push(shard);
    owned.set(node, heap);
    count.set(node, 0);
    update(node, heap.size);
  }

  const moves: [number, string, string][] = [];
  const moveTo = (shard: number, from: string, to: string) => {
    moves.push([shard, from, to]);
    owned.get(to)!.push(shard);
    update(to, 1);
  };
  const drained = draining.flatMap((node) => (shards[node] ?? []).map((s) => [s, node] as const));
  drained.sort((a, b) => a[0] - b[0]);
  for (const [shard, from] of drained) moveTo(shard, from, top(least).node);

  for (;;) {
    const max = top(most);
    const min = top(least);
    if (max.count - min.count <= 1) break;
    const donor = max.node;
    const receiver = min.node;
    const shard = owned.get(donor)!.pop();
    update(donor, -1);
    moveTo(shard, donor, receiver);
  }
  return moves;
}
