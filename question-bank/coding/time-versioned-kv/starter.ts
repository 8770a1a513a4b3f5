type Value = string | number | boolean;

class VersionedStore {
  /** `snapshot`: `[key, value, timestamp]` versions, applied as if `set` were called for each. */
  constructor(snapshot: [string, Value, number][] = []) {}

  set(key: string, value: Value, timestamp: number): void {}

  /** Latest value at or before `timestamp`, or null. */
  get(key: string, timestamp: number): Value | null {
    return null;
  }

  /** Versions with from <= t <= to. */
  versionCount(key: string, from: number, to: number): number {
    return 0;
  }
}
