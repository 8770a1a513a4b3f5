interface Point {
  pos: number;
  node: string;
  i: number;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function comparePoints(a: Point, b: Point): number {
  return a.pos - b.pos || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0) || a.i - b.i;
}

export class HashRing {
  private readonly nodes = new Set<string>();
  private points: Point[] = [];
  private sorted = true;

  constructor(private readonly replicas: number) {}

  addNode(nodeId: string): boolean {
    if (this.nodes.has(nodeId)) return false;
    this.nodes.add(nodeId);
    for (let i = 0; i < this.replicas; i++) {
      this.points.push({ pos: fnv1a(`${nodeId}#${i}`), node: nodeId, i });
    }
    // Sort lazily: a burst of joins costs one sort, not one per node.
    this.sorted = false;
    return true;
  }

  removeNode(nodeId: string): boolean {
    if (!this.nodes.delete(nodeId)) return false;
    this.points = this.points.filter((p) => p.node !== nodeId);
    return true;
  }

  getNode(key: string): string | null {
    if (this.points.length === 0) return null;
    return this.ring()[this.startIndex(key)]!.node;
  }

  getNodes(key: string, n: number): string[] {
    if (this.points.length === 0) return [];
    const ring = this.ring();
    const want = Math.min(n, this.nodes.size);
    const found = new Set<string>();
    for (let k = this.startIndex(key); found.size < want; k = (k + 1) % ring.length) {
      found.add(ring[k]!.node);
    }
    return [...found];
  }

  private ring(): Point[] {
    if (!this.sorted) {
      this.points = sortPoints(this.points);
      this.sorted = true;
    }
    return this.points;
  }

  /** Index of the first point with position >= hash(key), wrapping to 0. */
  private startIndex(key: string): number {
    const h = fnv1a(key);
    const ring = this.ring();
    let lo = 0;
    let hi = ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ring[mid]!.pos < h) lo = mid + 1;
      else hi = mid;
    }
    return lo === ring.length ? 0 : lo;
  }
}

/** At most 100 nodes x 1000 replicas, so a point index fits in 17 bits beside a 32-bit position. */
const INDEX_SPAN = 131072;

/**
 * Sorts by position with a numeric typed-array sort (much faster than a comparator over objects),
 * then puts the rare runs of equal positions (hash collisions) into exact tie order.
 */
function sortPoints(points: Point[]): Point[] {
  const keys = new Float64Array(points.length);
  for (let j = 0; j < points.length; j++) keys[j] = points[j]!.pos * INDEX_SPAN + j;
  keys.sort();
  const out = Array.from(keys, (k) => points[k % INDEX_SPAN]!);
  for (let start = 0; start < out.length;) {
    let end = start + 1;
    while (end < out.length && out[end]!.pos === out[start]!.pos) end++;
    if (end - start > 1)
      out.splice(start, end - start, ...out.slice(start, end).sort(comparePoints));
    start = end;
  }
  return out;
}
