interface TreapNode {
  key: string;
  count: number;
  priority: number;
  left: TreapNode | null;
  right: TreapNode | null;
}

/** True if (count a, key a) ranks before (count b, key b): more hits first, then smaller key. */
function ranksBefore(ca: number, ka: string, cb: number, kb: string): boolean {
  return ca > cb || (ca === cb && ka < kb);
}

// Results of `split`, kept in two variables rather than a fresh tuple per level: every hit and
// every expiry splits twice, and the garbage would dominate the run time.
let splitLeft: TreapNode | null = null;
let splitRight: TreapNode | null = null;

/** Splits by rank into splitLeft (entries ranking before (count, key)) and splitRight. */
function split(node: TreapNode | null, count: number, key: string): void {
  if (node === null) {
    splitLeft = null;
    splitRight = null;
  } else if (ranksBefore(node.count, node.key, count, key)) {
    split(node.right, count, key);
    node.right = splitLeft;
    splitLeft = node;
  } else {
    split(node.left, count, key);
    node.left = splitRight;
    splitRight = node;
  }
}

function merge(a: TreapNode | null, b: TreapNode | null): TreapNode | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.priority > b.priority) {
    a.right = merge(a.right, b);
    return a;
  }
  b.left = merge(a, b.left);
  return b;
}

/**
 * Window counts from a queue of hits plus a Map; ranking from a treap ordered by (count desc,
 * key asc), updated by removing and re-inserting a key whenever its count changes by one.
 * O(log K) per hit or expiry, O(k + log K) per top.
 */
export class TrendingKeys {
  private readonly times: number[] = [];
  private readonly keys: string[] = [];
  private head = 0;
  private readonly counts = new Map<string, number>();
  private root: TreapNode | null = null;
  private seed = 0x2545f491;

  constructor(
    private readonly windowMs: number,
    private readonly k: number,
  ) {}

  private random(): number {
    // xorshift32: deterministic priorities are enough for balance on average.
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed;
  }

  private remove(key: string, count: number): void {
    split(this.root, count, key);
    // splitRight starts with exactly the node (count, key): drop its leftmost node.
    this.root = merge(splitLeft, this.withoutFirst(splitRight));
  }

  private withoutFirst(node: TreapNode | null): TreapNode | null {
    if (node === null) return null;
    if (node.left === null) return node.right;
    node.left = this.withoutFirst(node.left);
    return node;
  }

  private insert(key: string, count: number): void {
    split(this.root, count, key);
    const before = splitLeft;
    const rest = splitRight;
    const node = { key, count, priority: this.random(), left: null, right: null };
    this.root = merge(merge(before, node), rest);
  }

  private change(key: string, delta: number): void {
    const old = this.counts.get(key) ?? 0;
    const now = old + delta;
    if (old > 0) this.remove(key, old);
    if (now > 0) {
      this.insert(key, now);
      this.counts.set(key, now);
    } else {
      this.counts.delete(key);
    }
  }

  private expire(t: number): void {
    while (this.head < this.times.length && this.times[this.head]! <= t - this.windowMs) {
      this.change(this.keys[this.head]!, -1);
      this.head++;
    }
  }

  hit(t: number, keys: string): null {
    this.expire(t);
    for (const key of keys.split(' ')) {
      this.times.push(t);
      this.keys.push(key);
      this.change(key, 1);
    }
    return null;
  }

  top(t: number): string[] {
    this.expire(t);
    const out: string[] = [];
    const stack: TreapNode[] = [];
    let node = this.root;
    while (out.length < this.k && (node !== null || stack.length > 0)) {
      while (node !== null) {
        stack.push(node);
        node = node.left;
      }
      const next = stack.pop()!;
      out.push(next.key);
      node = next.right;
    }
    return out;
  }
}
