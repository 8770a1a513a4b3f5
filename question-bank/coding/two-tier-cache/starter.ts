class TwoTierCache {
  constructor(
    private readonly l1Capacity: number,
    private readonly l2Capacity: number,
    private readonly promoteAfter: number,
  ) {}

  /** Where the key was found: "L1", "L2" or "miss". */
  get(key: string): 'L1' | 'L2' | 'miss' {
    return 'miss';
  }

  /** Removes the key from whichever tier holds it; false if neither does. */
  invalidate(key: string): boolean {
    return false;
  }

  /** [L1 keys, L2 keys], each from the most to the least recently used. */
  dump(): [string[], string[]] {
    return [[], []];
  }
}

type Call = [string, ...string[]];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  calls: number;
  /** Keys are `k0` … `k<keys - 1>`; low numbers are requested far more often. */
  keys: number;
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new TwoTierCache(l1Capacity, l2Capacity, promoteAfter)` and returns every result. With
 * a `Load` it generates that many calls (mostly `get`, some `invalidate`) and returns how often
 * each result came back, a checksum of all of them and the final `dump()`'s tier sizes.
 */
function runCache(
  l1Capacity: number,
  l2Capacity: number,
  promoteAfter: number,
  script: Call[] | Load,
) {
  const cache = new TwoTierCache(l1Capacity, l2Capacity, promoteAfter);
  const call = ([method, ...args]: Call): unknown =>
    (cache as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const counts: Record<string, number> = {};
  let checksum = 2166136261;
  for (let i = 0; i < script.calls; i++) {
    const r = random();
    const key = `k${Math.floor(script.keys * r * r * r)}`;
    const result = String(random() < 0.05 ? cache.invalidate(key) : cache.get(key));
    counts[result] = (counts[result] ?? 0) + 1;
    checksum = Math.imul(checksum ^ result.charCodeAt(1), 16777619) >>> 0;
  }
  const [l1, l2] = cache.dump();
  return { counts, checksum, sizes: [l1.length, l2.length] };
}
