/** Pages are numbered 0 … PAGES - 1; a range is [start, end) with end <= PAGES. */
const PAGES = 1 << 16;

class RangeLockManager {
  /**
   * Request `id` wants the pages [start, end) in `mode`.
   * @param {number} id
   * @param {'S' | 'X'} mode
   * @param {number} start
   * @param {number} end
   * @returns {number[]} the ids granted now ([] or [id])
   */
  lock(id, mode, start, end) {
    return [];
  }

  /**
   * Releases request `id` if it is held, withdraws it if it is waiting.
   * @param {number} id
   * @returns {number[]} the ids granted now, in grant order
   */
  unlock(id) {
    return [];
  }
}

/**
 * Provided driver (do not change): the judge calls this. With an array of calls
 * (["lock", id, mode, start, end], ["unlock", id]) it returns what each call returned. With a load
 * { seed, count, lockShare, exclusiveShare, maxPages } it makes `count` calls itself (never more
 * than 20 requests waiting: when 20 wait, it withdraws the oldest) and returns how many locks were
 * granted, how many are held at the end and a checksum of the grant order.
 */
function runLocks(calls) {
  const manager = new RangeLockManager();
  if (Array.isArray(calls)) {
    return calls.map((c) =>
      c[0] === 'lock' ? manager.lock(c[1], c[2], c[3], c[4]) : manager.unlock(c[1]),
    );
  }
  let seed = calls.seed >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const waiting = new Set();
  const held = [];
  let nextId = 1;
  let granted = 0;
  let checksum = 2166136261;
  for (let call = 0; call < calls.count; call++) {
    let out;
    if (waiting.size >= 20 || (waiting.size > 0 && random() < 0.02)) {
      const oldest = waiting.values().next().value;
      waiting.delete(oldest);
      out = manager.unlock(oldest);
    } else if (held.length === 0 || random() < calls.lockShare) {
      const id = nextId++;
      const length = 1 + Math.floor(random() * calls.maxPages);
      const start = Math.floor(random() * (PAGES - length + 1));
      const mode = random() < calls.exclusiveShare ? 'X' : 'S';
      waiting.add(id);
      out = manager.lock(id, mode, start, start + length);
    } else {
      const pick = Math.floor(random() * held.length);
      const id = held[pick];
      held[pick] = held[held.length - 1];
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
