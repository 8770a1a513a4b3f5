class LFUCache {
  constructor(private readonly capacity: number) {}

  /** The value, or null on a miss; a hit counts as a use. */
  get(key: string): unknown {
    return null;
  }

  /** Returns the evicted key, or null. */
  put(key: string, value: unknown): string | null {
    return null;
  }

  /** The key's use count, 0 if it is not cached. */
  frequency(key: string): number {
    return 0;
  }
}
