type Mode = 'S' | 'X';

/** Pages are numbered 0 … PAGES - 1; a range is [start, end) with end <= PAGES. */
const PAGES = 1 << 16;

class RangeLockManager {
  /** Request `id` wants [start, end) in `mode`; returns the ids granted now ([] or [id]). */
  lock(id: number, mode: Mode, start: number, end: number): number[] {
    return [];
  }

  /** Releases or withdraws request `id`; returns the ids granted now, in grant order. */
  unlock(id: number): number[] {
    return [];
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
