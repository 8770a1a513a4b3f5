type State = 'closed' | 'open' | 'half-open';

class CircuitBreaker {
  constructor(
    private readonly failureThreshold: number,
    private readonly windowMs: number,
    private readonly cooldownMs: number,
    private readonly probeCount: number,
  ) {}

  /** A ticket (1, 2, ...) or 0 when the call is rejected. */
  acquire(now: number): number {
    return 0;
  }

  /** The state after the report. */
  report(ticket: number, ok: boolean, now: number): State {
    return 'closed';
  }

  state(now: number): State {
    return 'closed';
  }
}

type Call = [string, ...(number | boolean)[]];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  calls: number;
  /** Largest step of `now` between two calls (ms). */
  maxStepMs: number;
  /** Probability that a reported call succeeded. */
  okRate: number;
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new CircuitBreaker(...config)` and returns every result. With a `Load` it generates
 * that many calls (acquire, report an outstanding ticket, or read the state) and returns how
 * often each kind of result came back and a checksum of the whole sequence of results.
 */
function runBreaker(config: [number, number, number, number], script: Call[] | Load) {
  const breaker = new CircuitBreaker(...config);
  const call = ([method, ...args]: Call): unknown =>
    (breaker as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const counts: Record<string, number> = {};
  const outstanding: number[] = [];
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < script.calls; i++) {
    now += Math.floor(random() * (script.maxStepMs + 1));
    const roll = random();
    let result: unknown;
    if (roll < 0.45 || outstanding.length === 0) {
      result = breaker.acquire(now);
      if (result !== 0) outstanding.push(result as number);
    } else if (roll < 0.92) {
      const k = Math.floor(random() * outstanding.length);
      const ticket = outstanding[k]!;
      outstanding[k] = outstanding[outstanding.length - 1]!;
      outstanding.pop();
      result = breaker.report(ticket, random() < script.okRate, now);
    } else {
      result = breaker.state(now);
    }
    const text = String(result);
    const kind = typeof result === 'number' ? (result === 0 ? 'rejected' : 'granted') : text;
    counts[kind] = (counts[kind] ?? 0) + 1;
    for (let c = 0; c < text.length; c++) {
      checksum = Math.imul(checksum ^ text.charCodeAt(c), 16777619) >>> 0;
    }
    checksum = Math.imul(checksum ^ 59, 16777619) >>> 0;
  }
  return { counts, checksum };
}
