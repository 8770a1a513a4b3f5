interface Lease {
  client: string;
  token: number;
  expiresAt: number;
}

/**
 * Leases per resource with globally increasing fencing tokens. `holders` needs the leases that
 * are still live; expiry times differ per lease and change on renewal, so a min-heap of
 * (expiresAt, resource, token) with lazy deletion keeps it O(log n) amortized.
 */
class LeaseLock {
  private readonly leases = new Map<string, Lease>();
  private readonly highestWritten = new Map<string, number>();
  private readonly heap: { at: number; resource: string; token: number }[] = [];
  private lastToken = 0;

  acquire(resource: string, client: string, ttlMs: number, now: number): number {
    const lease = this.live(resource, now);
    if (lease !== null && lease.client !== client) return 0;
    if (lease !== null) {
      lease.expiresAt = now + ttlMs;
    } else {
      this.leases.set(resource, { client, token: ++this.lastToken, expiresAt: now + ttlMs });
    }
    const current = this.leases.get(resource)!;
    this.push({ at: current.expiresAt, resource, token: current.token });
    return current.token;
  }

  release(resource: string, token: number, now: number): boolean {
    const lease = this.live(resource, now);
    if (lease === null || lease.token !== token) return false;
    this.leases.delete(resource);
    return true;
  }

  write(resource: string, token: number, now: number): boolean {
    if (token < (this.highestWritten.get(resource) ?? 0)) return false;
    this.highestWritten.set(resource, token);
    return true;
  }

  holders(now: number): number {
    while (this.heap.length > 0 && this.heap[0]!.at <= now) {
      const { at, resource, token } = this.pop();
      const lease = this.leases.get(resource);
      if (lease !== undefined && lease.token === token && lease.expiresAt === at) {
        this.leases.delete(resource);
      }
    }
    return this.leases.size;
  }

  /** The resource's lease if it is still live at `now`; an expired one is dropped. */
  private live(resource: string, now: number): Lease | null {
    const lease = this.leases.get(resource);
    if (lease === undefined) return null;
    if (now < lease.expiresAt) return lease;
    this.leases.delete(resource);
    return null;
  }

  private push(entry: { at: number; resource: string; token: number }): void {
    const h = this.heap;
    let i = h.push(entry) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.at <= entry.at) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = entry;
  }

  private pop(): { at: number; resource: string; token: number } {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && h[l + 1]!.at < h[l]!.at ? l + 1 : l;
      if (h[c]!.at >= last.at) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
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
