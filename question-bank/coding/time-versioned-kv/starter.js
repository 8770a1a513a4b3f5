class VersionedStore {
  /** @param {[string, string | number | boolean, number][]} snapshot applied as if `set` were called for each */
  constructor(snapshot = []) {}

  set(key, value, timestamp) {}

  /** @returns {string | number | boolean | null} latest value at or before `timestamp` */
  get(key, timestamp) {
    return null;
  }

  /** @returns {number} versions with from <= t <= to */
  versionCount(key, from, to) {
    return 0;
  }
}
