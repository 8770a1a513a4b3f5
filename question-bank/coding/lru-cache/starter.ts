class LRUCache {
  constructor(private readonly capacity: number) {}

  /** The cached value, or null on a miss. */
  get(key: string): unknown {
    return null;
  }

  /** Stores the value; returns the evicted key, or null. */
  put(key: string, value: unknown): string | null {
    return null;
  }

  /** Keys from the most to the least recently used. */
  keys(): string[] {
    return [];
  }
}
