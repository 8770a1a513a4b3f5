type Value = string | number | null; // null marks a deletion

interface Txn {
  snapshot: number;
  writes: Map<string, Value>;
}

/**
 * Each key's committed versions are kept in commit order (commit timestamps only grow), so a
 * snapshot read is a binary search for the last version at or before the snapshot, and the
 * first-committer-wins check only looks at each written key's newest version.
 */
export class MVCCStore {
  private readonly versions = new Map<string, { ts: number[]; values: Value[] }>();
  private readonly active = new Map<number, Txn>();
  private clock = 0;
  private nextTxn = 1;

  begin(): number {
    const id = this.nextTxn++;
    this.active.set(id, { snapshot: this.clock, writes: new Map() });
    return id;
  }

  read(txn: number, key: string): Value {
    const t = this.active.get(txn);
    if (t === undefined) return null;
    if (t.writes.has(key)) return t.writes.get(key)!;
    const history = this.versions.get(key);
    if (history === undefined) return null;
    let lo = 0;
    let hi = history.ts.length; // first version newer than the snapshot
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (history.ts[mid]! <= t.snapshot) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : history.values[lo - 1]!;
  }

  write(txn: number, key: string, value: Value): boolean {
    const t = this.active.get(txn);
    if (t === undefined) return false;
    t.writes.set(key, value);
    return true;
  }

  commit(txn: number): boolean {
    const t = this.active.get(txn);
    if (t === undefined) return false;
    this.active.delete(txn);
    if (t.writes.size === 0) return true; // read-only: nothing to install, no timestamp used
    for (const key of t.writes.keys()) {
      const ts = this.versions.get(key)?.ts;
      if (ts !== undefined && ts[ts.length - 1]! > t.snapshot) return false;
    }
    this.install(t.writes);
    return true;
  }

  abort(txn: number): boolean {
    return this.active.delete(txn);
  }

  put(key: string, value: Value): void {
    this.install(new Map([[key, value]]));
  }

  private install(writes: Map<string, Value>): void {
    const ts = ++this.clock;
    for (const [key, value] of writes) {
      let history = this.versions.get(key);
      if (history === undefined) this.versions.set(key, (history = { ts: [], values: [] }));
      history.ts.push(ts);
      history.values.push(value);
    }
  }
}
