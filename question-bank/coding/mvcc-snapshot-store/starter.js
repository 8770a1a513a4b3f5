class MVCCStore {
  /** @returns {number} the new transaction's id */
  begin() {
    return 0;
  }

  /** @returns {string | number | null} */
  read(txn, key) {
    return null;
  }

  /** @returns {boolean} */
  write(txn, key, value) {
    return false;
  }

  /** @returns {boolean} true if committed */
  commit(txn) {
    return false;
  }

  /** @returns {boolean} */
  abort(txn) {
    return false;
  }

  put(key, value) {}
}
