function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The given `column(key, r, width)`, with `fnv1a(key)` computed once by the caller. */
function columnOf(hash: number, r: number, width: number): number {
  return (Math.imul(hash ^ Math.imul(r, 0x9e3779b9), 0x85ebca6b) >>> 0) % width;
}

interface Candidate {
  key: string;
  estimate: number;
  /** Position in the heap's array, kept up to date by every move. */
  at: number;
}

/** Min-heap of candidates: smallest estimate first, ties to the greatest key (the one evicted). */
class CandidateHeap {
  readonly items: Candidate[] = [];
  private readonly byKey = new Map<string, Candidate>();

  get size(): number {
    return this.items.length;
  }

  get(key: string): Candidate | undefined {
    return this.byKey.get(key);
  }

  min(): Candidate | undefined {
    return this.items[0];
  }

  private below(a: Candidate, b: Candidate): boolean {
    return a.estimate < b.estimate || (a.estimate === b.estimate && a.key > b.key);
  }

  private place(c: Candidate, i: number): void {
    this.items[i] = c;
    c.at = i;
  }

  push(c: Candidate): void {
    this.byKey.set(c.key, c);
    let i = this.items.length;
    this.items.push(c);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.below(c, this.items[p]!)) break;
      this.place(this.items[p]!, i);
      i = p;
    }
    this.place(c, i);
  }

  /** Restores the heap after candidate `c`'s estimate grew. */
  grew(c: Candidate): void {
    let i = c.at;
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const s = l + 1 < n && this.below(this.items[l + 1]!, this.items[l]!) ? l + 1 : l;
      if (!this.below(this.items[s]!, c)) break;
      this.place(this.items[s]!, i);
      i = s;
    }
    this.place(c, i);
  }

  replaceMin(c: Candidate): void {
    this.byKey.delete(this.items[0]!.key);
    this.byKey.set(c.key, c);
    this.place(c, 0);
    this.grew(c);
  }
}

/**
 * A Count-Min Sketch for estimates and a min-heap of at most k candidates with an index map, so
 * each key costs O(depth + log k). The heap is sorted once at the end.
 */
export function heavyHitters(
  stream: string,
  width: number,
  depth: number,
  k: number,
): [string, number][] {
  const rows = Array.from({ length: depth }, () => new Uint32Array(width));
  const heap = new CandidateHeap();
  const keys = stream === '' ? [] : stream.split(' ');
  for (const key of keys) {
    const hash = fnv1a(key);
    let estimate = Infinity;
    for (let r = 0; r < depth; r++) {
      const row = rows[r]!;
      const col = columnOf(hash, r, width);
      row[col]!++;
      if (row[col]! < estimate) estimate = row[col]!;
    }
    const existing = heap.get(key);
    if (existing) {
      existing.estimate = estimate;
      heap.grew(existing);
    } else if (heap.size < k) {
      heap.push({ key, estimate, at: 0 });
    } else if (estimate > heap.min()!.estimate) {
      heap.replaceMin({ key, estimate, at: 0 });
    }
  }
  return heap.items
    .slice()
    .sort((a, b) => b.estimate - a.estimate || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((c): [string, number] => [c.key, c.estimate]);
}
