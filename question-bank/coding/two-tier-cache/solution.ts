type Tier = 'L1' | 'L2' | 'miss';

/**
 * Two LRUs kept as insertion-ordered Maps (least recent first). L2 entries carry their hit count
 * since entering L2. Promotion removes the key from L2 before the L1 victim is demoted into it,
 * so a promotion never evicts from L2.
 */
class TwoTierCache {
  private readonly l1 = new Set<string>();
  private readonly l2 = new Map<string, number>();

  constructor(
    private readonly l1Capacity: number,
    private readonly l2Capacity: number,
    private readonly promoteAfter: number,
  ) {}

  get(key: string): Tier {
    if (this.l1.has(key)) {
      this.l1.delete(key);
      this.l1.add(key);
      return 'L1';
    }
    const hits = this.l2.get(key);
    if (hits === undefined) {
      this.insertL2(key);
      return 'miss';
    }
    this.l2.delete(key);
    if (hits + 1 < this.promoteAfter) {
      this.l2.set(key, hits + 1);
      return 'L2';
    }
    if (this.l1.size === this.l1Capacity) {
      const victim = this.l1.values().next().value as string;
      this.l1.delete(victim);
      this.insertL2(victim);
    }
    this.l1.add(key);
    return 'L2';
  }

  invalidate(key: string): boolean {
    return this.l1.delete(key) || this.l2.delete(key);
  }

  dump(): [string[], string[]] {
    return [[...this.l1].reverse(), [...this.l2.keys()].reverse()];
  }

  private insertL2(key: string): void {
    if (this.l2.size === this.l2Capacity) {
      this.l2.delete(this.l2.keys().next().value as string);
    }
    this.l2.set(key, 0);
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
