class KVStore {
  set(key, value) {}

  /** @returns {string | number | null} */
  get(key) {
    return null;
  }

  /** @returns {boolean} true if the key was set */
  delete(key) {
    return false;
  }

  /** @returns {number} keys currently holding exactly `value` */
  count(value) {
    return 0;
  }

  begin() {}

  /** @returns {boolean} false if no transaction is open */
  commit() {
    return false;
  }

  /** @returns {boolean} false if no transaction is open */
  rollback() {
    return false;
  }
}
