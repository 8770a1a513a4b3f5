class TwoTierCache {
  /**
   * @param {number} l1Capacity entries the in-process tier holds
   * @param {number} l2Capacity entries the shared tier holds
   * @param {number} promoteAfter L2 hits (since entering L2) that promote a key to L1
   */
  constructor(l1Capacity, l2Capacity, promoteAfter) {
    this.l1Capacity = l1Capacity;
  }

  /** @returns {'L1' | 'L2' | 'miss'} where the key was found */
  get(key) {
    return 'miss';
  }

  /** @returns {boolean} false if neither tier held the key */
  invalidate(key) {
    return false;
  }

  /** @returns {[string[], string[]]} [L1 keys, L2 keys], most to least recently used */
  dump() {
    return [[], []];
  }
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new TwoTierCache(l1Capacity, l2Capacity, promoteAfter)` and returns every result. With
 * a load `{ seed, calls, keys }` it generates that many calls (mostly `get`, some `invalidate`)
 * and returns how often each result came back, a checksum of all of them and the final
 * `dump()`'s tier sizes.
 */
function runCache(l1Capacity, l2Capacity, promoteAfter, script) {
  const cache = new TwoTierCache(l1Capacity, l2Capacity, promoteAfter);
  const call = ([method, ...args]) => cache[method](...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const counts = {};
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
