interface Entry {
  value: unknown;
  count: number;
}

export class LFUCache {
  private readonly entries = new Map<string, Entry>();
  /** Keys grouped by use count; each Set iterates from least to most recently used. */
  private readonly groups = new Map<number, Set<string>>();
  private minCount = 0;

  constructor(private readonly capacity: number) {}

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (entry === undefined) return null;
    this.use(key, entry);
    return entry.value;
  }

  put(key: string, value: unknown): string | null {
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.use(key, existing);
      return null;
    }
    let evicted: string | null = null;
    if (this.entries.size >= this.capacity) {
      const group = this.groups.get(this.minCount)!;
      evicted = group.values().next().value!;
      group.delete(evicted);
      this.entries.delete(evicted);
    }
    this.entries.set(key, { value, count: 1 });
    this.groupOf(1).add(key);
    this.minCount = 1;
    return evicted;
  }

  frequency(key: string): number {
    return this.entries.get(key)?.count ?? 0;
  }

  private use(key: string, entry: Entry): void {
    const group = this.groups.get(entry.count)!;
    group.delete(key);
    if (group.size === 0) {
      this.groups.delete(entry.count);
      if (this.minCount === entry.count) this.minCount = entry.count + 1;
    }
    entry.count += 1;
    this.groupOf(entry.count).add(key);
  }

  private groupOf(count: number): Set<string> {
    let group = this.groups.get(count);
    if (group === undefined) {
      group = new Set();
      this.groups.set(count, group);
    }
    return group;
  }
}
