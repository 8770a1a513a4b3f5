class TTLCache {
  /** `snapshot`: `[key, value, expiresAt]` entries to start from. */
  constructor(snapshot: [string, unknown, number][] = []) {}

  /** Returns true if a live entry was replaced. */
  set(key: string, value: unknown, ttlMs: number, now: number): boolean {
    return false;
  }

  /** The live value, or null. */
  get(key: string, now: number): unknown {
    return null;
  }

  /** Returns true if a live entry was removed. */
  delete(key: string, now: number): boolean {
    return false;
  }

  /** Number of entries live at `now`. */
  size(now: number): number {
    return 0;
  }
}
