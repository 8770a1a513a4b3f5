interface Entry {
  value: unknown;
  expiresAt: number;
  seq: number;
}

interface Expiry {
  expiresAt: number;
  key: string;
  seq: number;
}

export class TTLCache {
  private readonly entries = new Map<string, Entry>();
  private readonly heap: Expiry[] = [];
  private nextSeq = 0;

  constructor(snapshot: [string, unknown, number][] = []) {
    for (const [key, value, expiresAt] of snapshot) this.store(key, value, expiresAt);
  }

  set(key: string, value: unknown, ttlMs: number, now: number): boolean {
    this.purge(now);
    const replaced = this.entries.has(key);
    this.store(key, value, now + ttlMs);
    return replaced;
  }

  private store(key: string, value: unknown, expiresAt: number): void {
    const entry: Entry = { value, expiresAt, seq: this.nextSeq++ };
    this.entries.set(key, entry);
    this.push({ expiresAt, key, seq: entry.seq });
  }

  get(key: string, now: number): unknown {
    this.purge(now);
    return this.entries.get(key)?.value ?? null;
  }

  delete(key: string, now: number): boolean {
    this.purge(now);
    return this.entries.delete(key);
  }

  size(now: number): number {
    this.purge(now);
    return this.entries.size;
  }

  /** Time never goes back, so everything at the top of the heap with expiresAt <= now is dead. */
  private purge(now: number): void {
    while (this.heap.length > 0 && this.heap[0]!.expiresAt <= now) {
      const top = this.pop();
      // Skip heap items left behind by an overwrite or a delete.
      if (this.entries.get(top.key)?.seq === top.seq) this.entries.delete(top.key);
    }
  }

  private push(item: Expiry): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]!.expiresAt <= item.expiresAt) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = item;
  }

  private pop(): Expiry {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= h.length) break;
        const right = left + 1;
        const child = right < h.length && h[right]!.expiresAt < h[left]!.expiresAt ? right : left;
        if (h[child]!.expiresAt >= last.expiresAt) break;
        h[i] = h[child]!;
        i = child;
      }
      h[i] = last;
    }
    return top;
  }
}
