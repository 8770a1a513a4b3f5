class WriteBackCache {
  constructor(
    private readonly capacity: number,
    private readonly maxDirtyMs: number,
    private readonly db: Database,
  ) {}

  write(key: string, value: string, now: number): void {}

  /** The key's value (from the cache, or loaded from the database), or null. */
  read(key: string, now: number): string | null {
    return this.db.get(key);
  }

  /** Writes every dirty entry to the database; returns how many it wrote. */
  flushAll(now: number): number {
    return 0;
  }
}

type Call = [string, ...(string | number)[]];

interface Database {
  get(key: string): string | null;
  put(key: string, value: string): void;
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  calls: number;
  /** Keys are `k0` … `k<keys - 1>`. */
  keys: number;
  /** Largest step of `now` between two calls (ms). */
  maxStepMs: number;
}

/**
 * Provided driver (do not change): the judge calls this. It builds
 * `new WriteBackCache(capacity, maxDirtyMs, db)` on an in-memory database that records every
 * `put` as `"<now> <key>=<value>"`, where `<now>` is the time of the call that caused it. With
 * an array it makes those calls and returns their results and the puts. With a `Load` it
 * generates that many calls (write, read, now and then flushAll) and returns the number of puts
 * and a checksum of the results and puts.
 */
function runWriteBack(capacity: number, maxDirtyMs: number, script: Call[] | Load) {
  const stored = new Map<string, string>();
  const puts: string[] = [];
  let now = 0;
  const db: Database = {
    get: (key) => stored.get(key) ?? null,
    put: (key, value) => {
      stored.set(key, value);
      puts.push(`${now} ${key}=${value}`);
    },
  };
  const cache = new WriteBackCache(capacity, maxDirtyMs, db);
  const call = ([method, ...args]: Call): unknown => {
    now = args[args.length - 1] as number;
    return (cache as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  };
  if (Array.isArray(script)) return { results: script.map(call), puts };
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let checksum = 2166136261;
  const mix = (text: string): void => {
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
    for (let p = seen; p < puts.length; p++) mix(puts[p]!);
  }
  return { puts: puts.length, checksum };
}
