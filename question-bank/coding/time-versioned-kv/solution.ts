type Value = string | number | boolean;

interface History {
  times: number[];
  values: Value[];
}

export class VersionedStore {
  private readonly histories = new Map<string, History>();

  constructor(snapshot: [string, Value, number][] = []) {
    for (const [key, value, timestamp] of snapshot) this.set(key, value, timestamp);
  }

  set(key: string, value: Value, timestamp: number): void {
    let h = this.histories.get(key);
    if (h === undefined) {
      h = { times: [], values: [] };
      this.histories.set(key, h);
    }
    const last = h.times.length - 1;
    if (last >= 0 && h.times[last] === timestamp) {
      h.values[last] = value;
    } else {
      h.times.push(timestamp);
      h.values.push(value);
    }
  }

  get(key: string, timestamp: number): Value | null {
    const h = this.histories.get(key);
    if (h === undefined) return null;
    const i = upperBound(h.times, timestamp) - 1;
    return i >= 0 ? h.values[i]! : null;
  }

  versionCount(key: string, from: number, to: number): number {
    const h = this.histories.get(key);
    if (h === undefined || from > to) return 0;
    return upperBound(h.times, to) - upperBound(h.times, from - 1);
  }
}

/** Number of entries of the sorted array `times` that are <= t. */
function upperBound(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
