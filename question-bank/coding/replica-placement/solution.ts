/** A binary min-heap of node indices ordered by `less`. */
class Heap {
  private readonly items: number[] = [];

  constructor(private readonly less: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(item: number): void {
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

  pop(): number {
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
 * One heap per zone ordered by (load, name). A replica's node is the best heap top among the
 * allowed zones: O(zones + log nodes) per replica instead of a scan of every node. In the
 * fallback (every zone already used) the few nodes holding the shard are set aside while the
 * tops are compared.
 */
export function placeReplicas(nodes: string[][], shards: number, rf: number): number[] {
  const load = new Array<number>(nodes.length).fill(0);
  const name = nodes.map((n) => n[0]!);
  const less = (a: number, b: number) =>
    load[a]! < load[b]! || (load[a] === load[b] && name[a]! < name[b]!);
  const zoneIndex = new Map<string, number>();
  const zoneOf = nodes.map(([, zone]) => {
    if (!zoneIndex.has(zone!)) zoneIndex.set(zone!, zoneIndex.size);
    return zoneIndex.get(zone!)!;
  });
  const heaps = Array.from({ length: zoneIndex.size }, () => new Heap(less));
  nodes.forEach((_, i) => heaps[zoneOf[i]!]!.push(i));

  for (let s = 0; s < shards; s++) {
    const holding: number[] = [];
    const usedZones = new Set<number>();
    for (let r = 0; r < rf; r++) {
      const fallback = usedZones.size === heaps.length;
      let best = -1;
      for (let z = 0; z < heaps.length; z++) {
        if (!fallback && usedZones.has(z)) continue;
        const heap = heaps[z]!;
        const aside: number[] = [];
        while (heap.size > 0 && holding.includes(heap.peek()!)) aside.push(heap.pop());
        const top = heap.peek();
        if (top !== undefined && (best === -1 || less(top, best))) best = top;
        for (const node of aside) heap.push(node);
      }
      const heap = heaps[zoneOf[best]!]!;
      const aside: number[] = [];
      while (heap.peek() !== best) aside.push(heap.pop());
      heap.pop();
      load[best]!++;
      for (const node of aside) heap.push(node);
      heap.push(best);
      holding.push(best);
      usedZones.add(zoneOf[best]!);
    }
  }
  return load;
}
