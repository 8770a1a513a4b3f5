class GcraLimiter {
  constructor(
    private readonly emissionMs: number,
    private readonly burst: number,
  ) {}

  /** [allowed (1 or 0), remaining, retryAfter, resetAfter] */
  throttle(key: string, quantity: number, now: number): [number, number, number, number] {
    return [1, 0, -1, 0];
  }

  /** How many keys have a theoretical arrival time after `now`. */
  activeKeys(now: number): number {
    return 0;
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
