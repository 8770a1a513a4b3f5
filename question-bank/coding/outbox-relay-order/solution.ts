type RelayEvent = ['commit', number, string] | ['ack', number] | ['limit', number];

interface Aggregate {
  /** Commit number of its oldest pending row, or -1; later ones follow `nextInAggregate`. */
  first: number;
  last: number;
  inFlight: number;
  queued: boolean;
}

/**
 * Only the oldest pending row of an aggregate can ever be published next, so the relay keeps a
 * min-heap of aggregates that could publish (a pending row and a free per-aggregate slot), keyed
 * by the commit number of that row. Each publish or ack touches one aggregate: O(log n).
 */
class OutboxRelay {
  private readonly aggregates = new Map<string, Aggregate>();
  private readonly inFlight = new Map<number, Aggregate>();
  private readonly ready: Aggregate[] = [];
  /** By commit number: the row's id and the commit number of the next pending row of its aggregate. */
  private readonly ids: number[] = [];
  private readonly nextInAggregate: number[] = [];

  constructor(
    private maxInFlight: number,
    private readonly perAggregate: number,
  ) {}

  commit(id: number, aggregate: string): number[] {
    let agg = this.aggregates.get(aggregate);
    if (agg === undefined) {
      agg = { first: -1, last: -1, inFlight: 0, queued: false };
      this.aggregates.set(aggregate, agg);
    }
    const seq = this.ids.push(id) - 1;
    this.nextInAggregate.push(-1);
    if (agg.first === -1) agg.first = seq;
    else this.nextInAggregate[agg.last] = seq;
    agg.last = seq;
    this.enqueue(agg);
    return this.drain();
  }

  ack(id: number): number[] {
    const agg = this.inFlight.get(id);
    if (agg === undefined) return [];
    this.inFlight.delete(id);
    agg.inFlight--;
    this.enqueue(agg);
    return this.drain();
  }

  setMaxInFlight(limit: number): number[] {
    this.maxInFlight = limit;
    return this.drain();
  }

  private drain(): number[] {
    const published: number[] = [];
    while (this.inFlight.size < this.maxInFlight && this.ready.length > 0) {
      const agg = this.pop();
      agg.queued = false;
      const id = this.ids[agg.first]!;
      agg.first = this.nextInAggregate[agg.first]!;
      agg.inFlight++;
      this.inFlight.set(id, agg);
      published.push(id);
      this.enqueue(agg);
    }
    return published;
  }

  private enqueue(agg: Aggregate): void {
    if (agg.queued || agg.first === -1 || agg.inFlight >= this.perAggregate) return;
    agg.queued = true;
    const heap = this.ready;
    let i = heap.push(agg) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.first <= agg.first) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = agg;
  }

  private pop(): Aggregate {
    const heap = this.ready;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && heap[right]!.first < heap[left]!.first ? right : left;
      if (heap[child]!.first >= last.first) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  count: number;
  /** How many distinct aggregates the rows belong to. */
  aggregates: number;
  /** Share of calls that are commits (the rest are acks). */
  commitShare: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array of events it returns, for
 * each event, what your relay published in response. With a `Load` it makes `count` calls itself
 * (commits out of id order, acks of random in-flight rows, a few duplicate acks, rare limit
 * changes) and returns the
 * number of rows published and a checksum of the publish order.
 */
function runRelay(maxInFlight: number, perAggregate: number, events: RelayEvent[] | Load) {
  const relay = new OutboxRelay(maxInFlight, perAggregate);
  if (Array.isArray(events)) {
    return events.map((e) =>
      e[0] === 'commit'
        ? relay.commit(e[1], e[2])
        : e[0] === 'ack'
          ? relay.ack(e[1])
          : relay.setMaxInFlight(e[1]),
    );
  }
  let seed = events.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const inserted: number[] = []; // ids allocated but not yet committed
  const inFlight: number[] = [];
  let nextId = 1;
  let published = 0;
  let checksum = 2166136261;
  for (let call = 0; call < events.count; call++) {
    let out: number[];
    if (random() < 0.002) {
      out = relay.setMaxInFlight(1 + Math.floor(random() * 2 * maxInFlight));
    } else if (inFlight.length === 0 || random() < events.commitShare) {
      while (inserted.length < 8) inserted.push(nextId++);
      const pick = Math.floor(random() * inserted.length);
      const id = inserted[pick]!;
      inserted[pick] = inserted[inserted.length - 1]!;
      inserted.pop();
      const r = random();
      out = relay.commit(id, `agg-${Math.floor(events.aggregates * r * r)}`);
    } else if (random() < 0.05) {
      out = relay.ack(1 + Math.floor(random() * nextId));
    } else {
      const pick = Math.floor(random() * inFlight.length);
      const id = inFlight[pick]!;
      inFlight[pick] = inFlight[inFlight.length - 1]!;
      inFlight.pop();
      out = relay.ack(id);
    }
    for (const id of out) {
      published++;
      inFlight.push(id);
      checksum = Math.imul(checksum ^ call, 16777619) >>> 0;
      checksum = Math.imul(checksum ^ id, 16777619) >>> 0;
    }
  }
  return { published, checksum };
}
