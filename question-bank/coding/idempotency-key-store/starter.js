class IdempotencyStore {
  /** @param {number} ttlMs how long a record lives after it is created */
  constructor(ttlMs) {
    this.ttlMs = ttlMs;
  }

  /** @returns {string} "proceed", "mismatch", "conflict" or "replay:<response>" */
  begin(key, bodyHash, now) {
    return 'proceed';
  }

  /** @returns {boolean} false if there is no in-flight request for the key */
  complete(key, response, now) {
    return false;
  }

  /** @returns {boolean} false if there is no in-flight request for the key */
  fail(key, now) {
    return false;
  }

  /** @returns {number} how many records are live at `now` */
  size(now) {
    return 0;
  }
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new IdempotencyStore(ttlMs)` and returns every result. With a load `{ seed, calls, keys,
 * maxStepMs }` it generates that many calls (begin, complete, fail, size) and returns how often
 * each kind of result came back, the sum of all sizes and a checksum of the whole sequence of
 * results.
 */
function runStore(ttlMs, script) {
  const store = new IdempotencyStore(ttlMs);
  const call = ([method, ...args]) => store[method](...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const counts = {};
  let sizes = 0;
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < script.calls; i++) {
    now += Math.floor(random() * (script.maxStepMs + 1));
    const key = `k${Math.floor(random() * script.keys)}`;
    const roll = random();
    let result;
    if (roll < 0.5) {
      result = store.begin(key, random() < 0.95 ? `body-${key}` : 'other', now);
    } else if (roll < 0.75) {
      result = store.complete(key, random() < 0.5 ? '200' : '201 created', now);
    } else if (roll < 0.85) {
      result = store.fail(key, now);
    } else {
      result = store.size(now);
      sizes += result;
    }
    const text = String(result);
    const kind = typeof result === 'number' ? 'size' : text.startsWith('replay:') ? 'replay' : text;
    counts[kind] = (counts[kind] ?? 0) + 1;
    for (let c = 0; c < text.length; c++) {
      checksum = Math.imul(checksum ^ text.charCodeAt(c), 16777619) >>> 0;
    }
    checksum = Math.imul(checksum ^ 59, 16777619) >>> 0;
  }
  return { counts, sizes, checksum };
}
