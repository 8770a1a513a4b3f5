interface Running {
  end: number;
  start: number;
  index: number;
  /** Position in the order requests started. */
  seq: number;
}

const before = (a: Running, b: Running): boolean =>
  a.end < b.end ||
  (a.end === b.end && (a.start < b.start || (a.start === b.start && a.index < b.index)));

/**
 * Event simulation: running requests in a min-heap by (end, start, index), waiting requests in
 * a FIFO with a head index. Completions at a time are handled before arrivals at that time.
 */
function adaptiveStarts(config: Config, requests: [number, number][]): number[] {
  const heap: Running[] = [];
  const push = (item: Running): void => {
    let i = heap.push(item) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(item, heap[p]!)) break;
      heap[i] = heap[p]!;
      i = p;
    }
    heap[i] = item;
  };
  const pop = (): Running => {
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

  const starts = new Array<number>(requests.length).fill(-1);
  const queue: number[] = [];
  let head = 0;
  let limit = config.initialLimit;
  let successes = 0;
  let started = 0;
  // Requests that started before the latest decrease cannot cause another one.
  let decreaseSeq = 0;
  const start = (index: number, now: number): void => {
    starts[index] = now;
    push({ end: now + requests[index]![1], start: now, index, seq: started++ });
  };

  let next = 0;
  while (next < requests.length || heap.length > 0) {
    const arrival = next < requests.length ? requests[next]![0] : Infinity;
    if (heap.length > 0 && heap[0]!.end <= arrival) {
      const done = pop();
      if (done.end - done.start <= config.targetMs) {
        if (++successes >= limit) {
          limit = Math.min(config.maxLimit, limit + 1);
          successes = 0;
        }
      } else if (done.seq >= decreaseSeq) {
        limit = Math.max(1, Math.floor(limit / 2));
        successes = 0;
        decreaseSeq = started;
      }
      while (head < queue.length && heap.length < limit) start(queue[head++]!, done.end);
    } else {
      if (heap.length < limit && head === queue.length) start(next, arrival);
      else if (queue.length - head < config.queueCapacity) queue.push(next);
      next++;
    }
  }
  return starts;
}

interface Config {
  initialLimit: number;
  maxLimit: number;
  queueCapacity: number;
  targetMs: number;
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many requests to generate. */
  count: number;
  /** Largest gap between two arrivals (ms). */
  maxGapMs: number;
  /** Latencies are 1 … maxLatencyMs, ten times longer during a slow spell. */
  maxLatencyMs: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array of `[arrival, latency]`
 * it returns `adaptiveStarts(config, requests)`. With a `Load` it generates `count` requests
 * (with the backend slowing down during one spell in every ten) and returns how many were
 * rejected, the total queueing delay of the rest and a checksum of all start times.
 */
function runAdaptive(config: Config, requests: [number, number][] | Load) {
  if (Array.isArray(requests)) return adaptiveStarts(config, requests);
  let seed = requests.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const generated: [number, number][] = [];
  let arrival = 0;
  for (let i = 0; i < requests.count; i++) {
    arrival += Math.floor(random() * (requests.maxGapMs + 1));
    const slow = Math.floor(i / 1000) % 10 === 9 ? 10 : 1;
    generated.push([arrival, slow * (1 + Math.floor(random() * requests.maxLatencyMs))]);
  }
  const starts = adaptiveStarts(config, generated);
  let rejected = 0;
  let waited = 0;
  let checksum = 2166136261;
  starts.forEach((start, i) => {
    if (start < 0) rejected++;
    else waited += start - generated[i]![0];
    checksum = Math.imul(checksum ^ (start & 0x7fffffff), 16777619) >>> 0;
  });
  return { rejected, waited, checksum };
}
