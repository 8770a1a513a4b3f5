/** Admitted times of one client under one rule, oldest first; `head` skips expired ones. */
interface Log {
  times: number[];
  head: number;
}

/**
 * One queue per (client, rule). A request is admitted when every rule has room; otherwise the
 * wait is the latest moment any full rule frees a slot: its oldest admitted time + windowMs.
 */
class MultiWindowLimiter {
  private readonly logs = new Map<string, Log[]>();

  constructor(private readonly rules: [number, number][]) {}

  check(client: string, now: number): number {
    let logs = this.logs.get(client);
    if (logs === undefined) {
      logs = this.rules.map(() => ({ times: [], head: 0 }));
      this.logs.set(client, logs);
    }
    let wait = 0;
    this.rules.forEach(([limit, windowMs], r) => {
      const log = logs[r]!;
      while (log.head < log.times.length && log.times[log.head]! <= now - windowMs) log.head++;
      if (log.head > 1024 && log.head * 2 > log.times.length) {
        log.times = log.times.slice(log.head);
        log.head = 0;
      }
      // Admitted requests never exceed the limit, so a full window holds exactly `limit`.
      if (log.times.length - log.head >= limit) {
        wait = Math.max(wait, log.times[log.head]! + windowMs - now);
      }
    });
    if (wait > 0) return wait;
    for (const log of logs) log.times.push(now);
    return 0;
  }
}

type Request = [client: string, now: number];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many requests to make. */
  count: number;
  /** Clients `c0` … `c<clients - 1>` make the requests. */
  clients: number;
  /** Largest step of `now` between two requests (ms). */
  maxStepMs: number;
}

/**
 * Provided load driver (do not change): the judge calls this. It builds one
 * `new MultiWindowLimiter(rules)`. With an array it checks those requests and returns every
 * answer. With a `Load` it generates that many requests and returns how many were admitted, the
 * sum of all waits and a checksum of the whole sequence of answers.
 */
function runLimiter(rules: [number, number][], requests: Request[] | Load) {
  const limiter = new MultiWindowLimiter(rules);
  if (Array.isArray(requests)) return requests.map(([client, now]) => limiter.check(client, now));
  let seed = requests.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let admitted = 0;
  let waits = 0;
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < requests.count; i++) {
    now += Math.floor(random() * (requests.maxStepMs + 1));
    const wait = limiter.check(`c${Math.floor(random() * requests.clients)}`, now);
    if (wait === 0) admitted++;
    waits += wait;
    checksum = Math.imul(checksum ^ (wait & 0x7fffffff), 16777619) >>> 0;
  }
  return { admitted, waits, checksum };
}
