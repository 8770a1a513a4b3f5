/**
 * GCRA: one theoretical arrival time (TAT) per key. activeKeys needs the keys whose TAT is still
 * in the future; TATs of different keys are not ordered, so a min-heap of (tat, key) entries with
 * lazy deletion (an entry is stale when the key's TAT has moved on) gives O(log n) amortized.
 */
class GcraLimiter {
  private readonly tats = new Map<string, number>();
  private readonly heap: { tat: number; key: string }[] = [];

  constructor(
    private readonly emissionMs: number,
    private readonly burst: number,
  ) {}

  throttle(key: string, quantity: number, now: number): [number, number, number, number] {
    const T = this.emissionMs;
    const start = Math.max(this.tats.get(key) ?? now, now);
    const newTat = start + quantity * T;
    const allowAt = newTat - this.burst * T;
    let tat = start;
    let retryAfter = -1;
    const allowed = quantity <= this.burst && now >= allowAt;
    if (allowed) {
      tat = newTat;
      this.tats.set(key, tat);
      this.push({ tat, key });
    } else if (quantity <= this.burst) {
      retryAfter = allowAt - now;
    }
    const remaining = Math.floor((now + this.burst * T - tat) / T);
    return [allowed ? 1 : 0, remaining, retryAfter, tat - now];
  }

  activeKeys(now: number): number {
    while (this.heap.length > 0 && this.heap[0]!.tat <= now) {
      const { tat, key } = this.pop();
      if (this.tats.get(key) === tat) this.tats.delete(key);
    }
    return this.tats.size;
  }

  private push(entry: { tat: number; key: string }): void {
    const h = this.heap;
    let i = h.push(entry) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.tat <= entry.tat) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = entry;
  }

  private pop(): { tat: number; key: string } {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && h[l + 1]!.tat < h[l]!.tat ? l + 1 : l;
      if (h[c]!.tat >= last.tat) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

type Call = [string, ...(string | number)[]];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  calls: number;
  /** Keys are `k0` … `k<keys - 1>`. */
  keys: number;
  /** Quantities are 1 … maxQuantity. */
  maxQuantity: number;
  /** Largest step of `now` between two calls (ms). */
  maxStepMs: number;
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new GcraLimiter(emissionMs, burst)` and returns every result. With a `Load` it
 * generates that many calls (nine in ten `throttle`, one in ten `activeKeys`) and returns the
 * number of allowed requests, the sums of each field and a checksum of all results.
 */
function runGcra(emissionMs: number, burst: number, script: Call[] | Load) {
  const limiter = new GcraLimiter(emissionMs, burst);
  const call = ([method, ...args]: Call): unknown =>
    (limiter as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sums = [0, 0, 0, 0, 0];
  let checksum = 2166136261;
  const mix = (n: number): void => {
    checksum = Math.imul(checksum ^ (n & 0x7fffffff), 16777619) >>> 0;
  };
  let now = 0;
  for (let i = 0; i < script.calls; i++) {
    now += Math.floor(random() * (script.maxStepMs + 1));
    if (random() < 0.1) {
      const active = limiter.activeKeys(now);
      sums[4] += active;
      mix(active);
      continue;
    }
    const key = `k${Math.floor(random() * script.keys)}`;
    const result = limiter.throttle(key, 1 + Math.floor(random() * script.maxQuantity), now);
    for (let f = 0; f < 4; f++) {
      sums[f] += result[f]!;
      mix(result[f]!);
    }
  }
  return { sums, checksum };
}
