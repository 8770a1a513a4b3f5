type Value = string | number;

class KVStore {
  set(key: string, value: Value): void {}

  get(key: string): Value | null {
    return null;
  }

  /** True if the key was set. */
  delete(key: string): boolean {
    return false;
  }

  /** Keys currently holding exactly `value`. */
  count(value: Value): number {
    return 0;
  }

  begin(): void {}

  /** False if no transaction is open. */
  commit(): boolean {
    return false;
  }

  /** False if no transaction is open. */
  rollback(): boolean {
    return false;
  }
}
