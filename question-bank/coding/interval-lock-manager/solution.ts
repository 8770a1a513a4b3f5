type Mode = 'S' | 'X';

/** Pages are numbered 0 … PAGES - 1; a range is [start, end) with end <= PAGES. */
const PAGES = 1 << 16;

interface Request {
  id: number;
  mode: Mode;
  start: number;
  end: number;
}

const conflict = (a: Request, b: Request): boolean =>
  a.start < b.end && b.start < a.end && (a.mode === 'X' || b.mode === 'X');

/**
 * A multiset of ranges that counts, in O(log PAGES), how many of them overlap [start, end):
 * those that start before `end`, minus those that end at or before `start` (which all start
 * before `end` too). Two Fenwick trees over page numbers hold the starts and the ends.
 */
class RangeCounter {
  private readonly starts = new Int32Array(PAGES + 2);
  private readonly ends = new Int32Array(PAGES + 2);

  add(r: Request, delta: number): void {
    for (let i = r.start + 1; i <= PAGES + 1; i += i & -i) this.starts[i]! += delta;
    for (let i = r.end + 1; i <= PAGES + 1; i += i & -i) this.ends[i]! += delta;
  }

  overlapping(start: number, end: number): number {
    return prefix(this.starts, end) - prefix(this.ends, start + 1);
  }
}

/** Sum of the first `count` positions (page numbers 0 … count - 1). */
function prefix(tree: Int32Array, count: number): number {
  let sum = 0;
  for (let i = count; i > 0; i -= i & -i) sum += tree[i]!;
  return sum;
}

/**
 * Held locks live in two range counters (all held, exclusive held) so a conflict check with
 * them costs O(log PAGES) instead of a scan; the wait queue is short and scanned in order.
 */
class RangeLockManager {
  private readonly held = new Map<number, Request>();
  private readonly anyHeld = new RangeCounter();
  private readonly exclusiveHeld = new RangeCounter();
  private queue: Request[] = [];

  lock(id: number, mode: Mode, start: number, end: number): number[] {
    const request = { id, mode, start, end };
    if (this.blockedByHeld(request) || this.queue.some((w) => conflict(w, request))) {
      this.queue.push(request);
      return [];
    }
    this.grant(request);
    return [id];
  }

  unlock(id: number): number[] {
    const request = this.held.get(id);
    if (request === undefined) {
      this.queue = this.queue.filter((w) => w.id !== id);
    } else {
      this.held.delete(id);
      this.anyHeld.add(request, -1);
      if (request.mode === 'X') this.exclusiveHeld.add(request, -1);
    }
    const granted: number[] = [];
    const stillWaiting: Request[] = [];
    for (const w of this.queue) {
      if (this.blockedByHeld(w) || stillWaiting.some((ahead) => conflict(ahead, w))) {
        stillWaiting.push(w);
      } else {
        this.grant(w);
        granted.push(w.id);
      }
    }
    this.queue = stillWaiting;
    return granted;
  }

  private blockedByHeld(r: Request): boolean {
    const counter = r.mode === 'X' ? this.anyHeld : this.exclusiveHeld;
    return counter.overlapping(r.start, r.end) > 0;
  }

  private grant(r: Request): void {
    this.held.set(r.id, r);
    this.anyHeld.add(r, 1);
    if (r.mode === 'X') this.exclusiveHeld.add(r, 1);
  }
}

type LockCall = ['lock', number, Mode, number, number] | ['unlock', number];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  count: number;
  /** Share of calls that are `lock` (the rest unlock a held lock or withdraw a waiting one). */
  lockShare: number;
  /** Share of lock requests that are exclusive. */
  exclusiveShare: number;
  /** Ranges are 1 … maxPages pages long. */
  maxPages: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array of calls it returns what
 * each call returned. With a `Load` it makes `count` calls itself (never more than 20 requests
 * waiting: when 20 wait, it withdraws the oldest) and returns how many locks were granted, how
 * many are held at the end and a checksum of the grant order.
 */
function runLocks(calls: LockCall[] | Load) {
  const manager = new RangeLockManager();
  if (Array.isArray(calls)) {
    return calls.map((c) =>
      c[0] === 'lock' ? manager.lock(c[1], c[2], c[3], c[4]) : manager.unlock(c[1]),
    );
  }
  let seed = calls.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const waiting = new Set<number>();
  const held: number[] = [];
  let nextId = 1;
  let granted = 0;
  let checksum = 2166136261;
  for (let call = 0; call < calls.count; call++) {
    let out: number[];
    if (waiting.size >= 20 || (waiting.size > 0 && random() < 0.02)) {
      const oldest = waiting.values().next().value as number;
      waiting.delete(oldest);
      out = manager.unlock(oldest);
    } else if (held.length === 0 || random() < calls.lockShare) {
      const id = nextId++;
      const length = 1 + Math.floor(random() * calls.maxPages);
      const start = Math.floor(random() * (PAGES - length + 1));
      const mode: Mode = random() < calls.exclusiveShare ? 'X' : 'S';
      waiting.add(id);
      out = manager.lock(id, mode, start, start + length);
    } else {
      const pick = Math.floor(random() * held.length);
      const id = held[pick]!;
      held[pick] = held[held.length - 1]!;
      held.pop();
      out = manager.unlock(id);
    }
    for (const id of out) {
      granted++;
      waiting.delete(id);
      held.push(id);
      checksum = Math.imul(checksum ^ call, 16777619) >>> 0;
      checksum = Math.imul(checksum ^ id, 16777619) >>> 0;
    }
  }
  return { granted, held: held.length, checksum };
}
