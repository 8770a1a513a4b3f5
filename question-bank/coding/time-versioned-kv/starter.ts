type Value = string | number | boolean;

class VersionedStore {
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
