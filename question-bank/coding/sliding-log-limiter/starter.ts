class MultiWindowLimiter {
  /** @param rules [limit, windowMs] pairs; a request must satisfy all of them. */
  constructor(private readonly rules: [number, number][]) {}

  /** 0 if the request is admitted, otherwise the ms to wait before it would be. */
  check(client: string, now: number): number {
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
