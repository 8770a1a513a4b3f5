type Value = string | number | null;

class MVCCStore {
  begin(): number {
    return 0;
  }

  read(txn: number, key: string): Value {
    return null;
  }

  write(txn: number, key: string, value: Value): boolean {
    return false;
  }

  commit(txn: number): boolean {
    return false;
  }

  abort(txn: number): boolean {
    return false;
  }

  put(key: string, value: Value): void {}
}
