class LeaseLock {
  /** A fencing token (1, 2, … across all resources), the same token on renewal, or 0. */
  acquire(resource: string, client: string, ttlMs: number, now: number): number {
    return 0;
  }

  /** Releases the live lease that has this token; false if there is none. */
  release(resource: string, token: number, now: number): boolean {
    return false;
  }

  /** The storage's fencing check: accepts unless a higher token already wrote here. */
  write(resource: string, token: number, now: number): boolean {
    return true;
  }

  /** How many resources have a live lease at `now`. */
  holders(now: number): number {
    return 0;
  }
}

type Call = [string, ...(string | number)[]];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  calls: number;
  /** Resources are `r0` … `r<resources - 1>`. */
  resources: number;
  /** Lease lengths are 1 … maxTtlMs. */
  maxTtlMs: number;
  /** Largest step of `now` between two calls (ms). */
  maxStepMs: number;
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new LeaseLock()` and returns every result. With a `Load` it generates that many calls
 * (acquire, release, write with a recently issued token, holders) and returns sums of the
 * results and a checksum of all of them.
 */
function runLocks(script: Call[] | Load) {
  const lock = new LeaseLock();
  const call = ([method, ...args]: Call): unknown =>
    (lock as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const issued: [string, number][] = [];
  const sums = { tokens: 0, released: 0, written: 0, holders: 0 };
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < script.calls; i++) {
    now += Math.floor(random() * (script.maxStepMs + 1));
    const roll = random();
    let result: number;
    if (roll < 0.5 || issued.length === 0) {
      const resource = `r${Math.floor(random() * script.resources)}`;
      const ttl = 1 + Math.floor(random() * script.maxTtlMs);
      result = lock.acquire(resource, `c${Math.floor(random() * 8)}`, ttl, now);
      if (result !== 0) issued.push([resource, result]);
      sums.tokens += result;
    } else if (roll < 0.7) {
      const back = Math.min(issued.length, 1 + Math.floor(random() * 20));
      const [resource, token] = issued[issued.length - back]!;
      result =
        roll < 0.55 ? +lock.release(resource, token, now) : +lock.write(resource, token, now);
      if (roll < 0.55) sums.released += result;
      else sums.written += result;
    } else {
      result = lock.holders(now);
      sums.holders += result;
    }
    checksum = Math.imul(checksum ^ result, 16777619) >>> 0;
  }
  return { sums, checksum };
}
