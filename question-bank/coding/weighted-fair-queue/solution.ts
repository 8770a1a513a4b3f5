type Packet = [arrival: number, flow: number, size: number];

interface Queued {
  tag: number;
  index: number;
}

const before = (a: Queued, b: Queued): boolean =>
  a.tag < b.tag || (a.tag === b.tag && a.index < b.index);

/**
 * Self-clocked fair queueing: tags are fixed when a packet arrives, so a min-heap of queued
 * packets ordered by (tag, index) picks the next packet in O(log n). Arrivals up to the moment
 * the link frees are tagged before the next pick.
 */
function fairQueue(costs: number[], packets: Packet[]): number[] {
  const heap: Queued[] = [];
  const push = (item: Queued): void => {
    let i = heap.push(item) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(item, heap[p]!)) break;
      heap[i] = heap[p]!;
      i = p;
    }
    heap[i] = item;
  };
  const pop = (): Queued => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && before(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!before(heap[c]!, last)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
    return top;
  };

  const starts = new Array<number>(packets.length);
  const lastTag = new Map<number, number>();
  let virtualTime = 0;
  let now = 0;
  let next = 0;
  while (next < packets.length || heap.length > 0) {
    if (heap.length === 0) now = Math.max(now, packets[next]![0]);
    while (next < packets.length && packets[next]![0] <= now) {
      const [, flow, size] = packets[next]!;
      const tag = Math.max(lastTag.get(flow) ?? 0, virtualTime) + size * costs[flow]!;
      lastTag.set(flow, tag);
      push({ tag, index: next });
      next++;
    }
    const { tag, index } = pop();
    virtualTime = tag;
    starts[index] = now;
    now += packets[index]![2];
  }
  return starts;
}

type Packet = [arrival: number, flow: number, size: number];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many packets to generate. */
  count: number;
  /** Largest gap between two arrivals (ms). */
  maxGapMs: number;
  /** Sizes are 1 … maxSize. */
  maxSize: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array it returns
 * `fairQueue(costs, packets)`. With a `Load` it generates `count` packets over the flows of
 * `costs` and returns the last start time and a checksum of all start times.
 */
function runFairQueue(costs: number[], packets: Packet[] | Load) {
  if (Array.isArray(packets)) return fairQueue(costs, packets);
  let seed = packets.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const generated: Packet[] = [];
  let arrival = 0;
  for (let i = 0; i < packets.count; i++) {
    arrival += Math.floor(random() * (packets.maxGapMs + 1));
    const r = random();
    const flow = Math.floor(costs.length * r * r);
    generated.push([arrival, flow, 1 + Math.floor(random() * packets.maxSize)]);
  }
  const starts = fairQueue(costs, generated);
  let checksum = 2166136261;
  for (const start of starts) checksum = Math.imul(checksum ^ (start & 0x7fffffff), 16777619) >>> 0;
  return { lastStart: Math.max(...starts.slice(-1), 0), checksum };
}
