export class LRUCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly capacity: number) {}

  get(key: string): unknown {
    if (!this.entries.has(key)) return null;
    const value = this.entries.get(key);
    // Re-inserting moves the key to the end of the Map's iteration order: most recent last.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  put(key: string, value: unknown): string | null {
    let evicted: string | null = null;
    if (this.entries.has(key)) {
      this.entries.delete(key);
    } else if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) {
        evicted = oldest.value;
        this.entries.delete(oldest.value);
      }
    }
    this.entries.set(key, value);
    return evicted;
  }

  keys(): string[] {
    return [...this.entries.keys()].reverse();
  }
}
