interface IdempotencyRecord {
  id: number;
  bodyHash: string;
  createdAt: number;
  /** null while the first request is still in flight. */
  response: string | null;
}

/**
 * Records live for ttlMs after creation. Creation times never decrease, so a FIFO queue of
 * (key, record id) in creation order expires records in O(1) amortized; entries whose record
 * was deleted or replaced are skipped by the id check.
 */
class IdempotencyStore {
  private readonly records = new Map<string, IdempotencyRecord>();
  private readonly queue: { key: string; id: number }[] = [];
  private head = 0;
  private nextId = 1;

  constructor(private readonly ttlMs: number) {}

  begin(key: string, bodyHash: string, now: number): string {
    const record = this.live(key, now);
    if (record === null) {
      const id = this.nextId++;
      this.records.set(key, { id, bodyHash, createdAt: now, response: null });
      this.queue.push({ key, id });
      return 'proceed';
    }
    if (record.bodyHash !== bodyHash) return 'mismatch';
    if (record.response === null) return 'conflict';
    return `replay:${record.response}`;
  }

  complete(key: string, response: string, now: number): boolean {
    const record = this.live(key, now);
    if (record === null || record.response !== null) return false;
    record.response = response;
    return true;
  }

  fail(key: string, now: number): boolean {
    const record = this.live(key, now);
    if (record === null || record.response !== null) return false;
    this.records.delete(key);
    return true;
  }

  size(now: number): number {
    while (this.head < this.queue.length) {
      const { key, id } = this.queue[this.head]!;
      const record = this.records.get(key);
      if (record !== undefined && record.id === id) {
        if (now < record.createdAt + this.ttlMs) break;
        this.records.delete(key);
      }
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return this.records.size;
  }

  /** The key's record if it has not expired; an expired one is dropped. */
  private live(key: string, now: number): IdempotencyRecord | null {
    const record = this.records.get(key);
    if (record === undefined) return null;
    if (now < record.createdAt + this.ttlMs) return record;
    this.records.delete(key);
    return null;
  }
}

type Call = [string, ...(string | number)[]];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  calls: number;
  /** Keys are drawn from `k0` … `k<keys - 1>`. */
  keys: number;
  /** Largest step of `now` between two calls (ms). */
  maxStepMs: number;
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new IdempotencyStore(ttlMs)` and returns every result. With a `Load` it generates that
 * many calls (begin, complete, fail, size) and returns how often each kind of result came back,
 * the sum of all sizes and a checksum of the whole sequence of results.
 */
function runStore(ttlMs: number, script: Call[] | Load) {
  const store = new IdempotencyStore(ttlMs);
  const call = ([method, ...args]: Call): unknown =>
    (store as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const counts: Record<string, number> = {};
  let sizes = 0;
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < script.calls; i++) {
    now += Math.floor(random() * (script.maxStepMs + 1));
    const key = `k${Math.floor(random() * script.keys)}`;
    const roll = random();
    let result: unknown;
    if (roll < 0.5) {
      result = store.begin(key, random() < 0.95 ? `body-${key}` : 'other', now);
    } else if (roll < 0.75) {
      result = store.complete(key, random() < 0.5 ? '200' : '201 created', now);
    } else if (roll < 0.85) {
      result = store.fail(key, now);
    } else {
      result = store.size(now);
      sizes += result as number;
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
