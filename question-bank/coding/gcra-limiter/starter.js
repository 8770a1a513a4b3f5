class GcraLimiter {
  /**
   * @param {number} emissionMs T: one unit of quantity per T ms in the long run
   * @param {number} burst how many units an idle key may use at one instant
   */
  constructor(emissionMs, burst) {
    this.emissionMs = emissionMs;
    this.burst = burst;
  }

  /** @returns {[number, number, number, number]} [allowed, remaining, retryAfter, resetAfter] */
  throttle(key, quantity, now) {
    return [1, 0, -1, 0];
  }

  /** @returns {number} how many keys have a theoretical arrival time after `now` */
  activeKeys(now) {
    return 0;
  }
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new GcraLimiter(emissionMs, burst)` and returns every result. With a load `{ seed,
 * calls, keys, maxQuantity, maxStepMs }` it generates that many calls (nine in ten `throttle`,
 * one in ten `activeKeys`) and returns the number of allowed requests, the sums of each field
 * and a checksum of all results.
 */
function runGcra(emissionMs, burst, script) {
  const limiter = new GcraLimiter(emissionMs, burst);
  const call = ([method, ...args]) => limiter[method](...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sums = [0, 0, 0, 0, 0];
  let checksum = 2166136261;
  const mix = (n) => {
    checksum = Math.imul(checksum ^ (n & 2147483647), 16777619) >>> 0;
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
      sums[f] += result[f];
      mix(result[f]);
    }
  }
  return { sums, checksum };
}
