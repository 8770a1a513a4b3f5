interface Entry {
  value: string;
  /** Increments each time the entry becomes dirty; 0 while clean. */
  dirtyMark: number;
  dirtySince: number;
}

/**
 * LRU as an insertion-ordered Map. Entries become dirty at non-decreasing times, so a FIFO queue
 * of (key, mark) in the order they became dirty is also ordered by dirtySince; entries cleaned
 * or evicted since leave stale queue items, skipped by the mark check.
 */
class WriteBackCache {
  private readonly entries = new Map<string, Entry>();
  private readonly dirty: { key: string; mark: number }[] = [];
  private head = 0;
  private nextMark = 1;

  constructor(
    private readonly capacity: number,
    private readonly maxDirtyMs: number,
    private readonly db: Database,
  ) {}

  write(key: string, value: string, now: number): void {
    this.flushAged(now);
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      entry.value = value;
      if (entry.dirtyMark === 0) this.markDirty(key, entry, now);
      return;
    }
    const created: Entry = { value, dirtyMark: 0, dirtySince: now };
    this.insert(key, created);
    this.markDirty(key, created, now);
  }

  read(key: string, now: number): string | null {
    this.flushAged(now);
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const value = this.db.get(key);
    if (value !== null) this.insert(key, { value, dirtyMark: 0, dirtySince: now });
    return value;
  }

  flushAll(now: number): number {
    this.flushAged(now);
    let count = 0;
    while (this.head < this.dirty.length) {
      if (this.flushFront()) count++;
    }
    return count;
  }

  private markDirty(key: string, entry: Entry, now: number): void {
    entry.dirtyMark = this.nextMark++;
    entry.dirtySince = now;
    this.dirty.push({ key, mark: entry.dirtyMark });
  }

  private insert(key: string, entry: Entry): void {
    if (this.entries.size === this.capacity) {
      const [victimKey, victim] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(victimKey);
      if (victim.dirtyMark !== 0) this.db.put(victimKey, victim.value);
    }
    this.entries.set(key, entry);
  }

  private flushAged(now: number): void {
    while (this.head < this.dirty.length) {
      const { key, mark } = this.dirty[this.head]!;
      const entry = this.entries.get(key);
      if (
        entry !== undefined &&
        entry.dirtyMark === mark &&
        entry.dirtySince + this.maxDirtyMs > now
      ) {
        break;
      }
      this.flushFront();
    }
  }

  /** Writes the front queue item's entry if it is still that dirty entry; true if it did. */
  private flushFront(): boolean {
    const { key, mark } = this.dirty[this.head++]!;
    const entry = this.entries.get(key);
    if (entry === undefined || entry.dirtyMark !== mark) return false;
    entry.dirtyMark = 0;
    this.db.put(key, entry.value);
    return true;
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
