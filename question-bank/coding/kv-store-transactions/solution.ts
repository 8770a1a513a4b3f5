type Value = string | number;

export class KVStore {
  private readonly data = new Map<string, Value>();
  private readonly valueCounts = new Map<Value, number>();
  /** One undo log per open transaction: key -> value before the transaction (null = absent). */
  private readonly undoLogs: Map<string, Value | null>[] = [];

  set(key: string, value: Value): void {
    this.write(key, value);
  }

  get(key: string): Value | null {
    return this.data.get(key) ?? null;
  }

  delete(key: string): boolean {
    if (!this.data.has(key)) return false;
    this.write(key, null);
    return true;
  }

  count(value: Value): number {
    return this.valueCounts.get(value) ?? 0;
  }

  begin(): void {
    this.undoLogs.push(new Map());
  }

  commit(): boolean {
    const inner = this.undoLogs.pop();
    if (inner === undefined) return false;
    const parent = this.undoLogs[this.undoLogs.length - 1];
    if (parent !== undefined) {
      // The parent's recorded value is older, so it wins.
      for (const [key, before] of inner) if (!parent.has(key)) parent.set(key, before);
    }
    return true;
  }

  rollback(): boolean {
    const log = this.undoLogs.pop();
    if (log === undefined) return false;
    for (const [key, before] of log) this.apply(key, before);
    return true;
  }

  private write(key: string, value: Value | null): void {
    const log = this.undoLogs[this.undoLogs.length - 1];
    if (log !== undefined && !log.has(key)) log.set(key, this.data.get(key) ?? null);
    this.apply(key, value);
  }

  /** The only place that changes data, so the value counts can never drift. */
  private apply(key: string, value: Value | null): void {
    const old = this.data.get(key);
    if (old !== undefined) this.valueCounts.set(old, (this.valueCounts.get(old) ?? 0) - 1);
    if (value === null) {
      this.data.delete(key);
    } else {
      this.data.set(key, value);
      this.valueCounts.set(value, (this.valueCounts.get(value) ?? 0) + 1);
    }
  }
}
