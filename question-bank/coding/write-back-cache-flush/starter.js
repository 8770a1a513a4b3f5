class WriteBackCache {
  /**
   * @param {number} capacity entries the cache holds
   * @param {number} maxDirtyMs how long an entry may stay dirty
   * @param {{ get(key: string): string | null, put(key: string, value: string): void }} db
   */
  constructor(capacity, maxDirtyMs, db) {
    this.db = db;
  }

  write(key, value, now) {}

  /** @returns {string | null} the key's value (from the cache, or loaded from the database) */
  read(key, now) {
    return this.db.get(key);
  }

  /** @returns {number} how many dirty entries were written to the database */
  flushAll(now) {
    return 0;
  }
}

/**
 * Provided driver (do not change): the judge calls this. It builds
 * `new WriteBackCache(capacity, maxDirtyMs, db)` on an in-memory database that records every
 * `put` as `"<now> <key>=<value>"`, where `<now>` is the time of the call that caused it. With
 * an array it makes those calls and returns their results and the puts. With a load `{ seed,
 * calls, keys, maxStepMs }` it generates that many calls (write, read, now and then flushAll) and
 * returns the number of puts and a checksum of the results and puts.
 */
function runWriteBack(capacity, maxDirtyMs, script) {
  const stored = /* @__PURE__ */ new Map();
  const puts = [];
  let now = 0;
  const db = {
    get: (key) => stored.get(key) ?? null,
    put: (key, value) => {
      stored.set(key, value);
      puts.push(`${now} ${key}=${value}`);
    },
  };
  const cache = new WriteBackCache(capacity, maxDirtyMs, db);
  const call = ([method, ...args]) => {
    now = args[args.length - 1];
    return cache[method](...args);
  };
  if (Array.isArray(script)) return { results: script.map(call), puts };
  let seed = script.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let checksum = 2166136261;
  const mix = (text) => {
    for (let c = 0; c < text.length; c++) {
      checksum = Math.imul(checksum ^ text.charCodeAt(c), 16777619) >>> 0;
    }
  };
  let time = 0;
  for (let i = 0; i < script.calls; i++) {
    time += Math.floor(random() * (script.maxStepMs + 1));
    const r = random();
    const key = `k${Math.floor(script.keys * r * r)}`;
    const roll = random();
    const seen = puts.length;
    if (roll < 0.5) mix(String(call(['write', key, `v${i}`, time])));
    else if (roll < 0.999) mix(String(call(['read', key, time])));
    else mix(String(call(['flushAll', time])));
    for (let p = seen; p < puts.length; p++) mix(puts[p]);
  }
  return { puts: puts.length, checksum };
}
