class CircuitBreaker {
  constructor(failureThreshold, windowMs, cooldownMs, probeCount) {
    this.failureThreshold = failureThreshold;
  }

  /** @returns {number} a ticket (1, 2, ...) or 0 when the call is rejected */
  acquire(now) {
    return 0;
  }

  /** @returns {'closed' | 'open' | 'half-open'} the state after the report */
  report(ticket, ok, now) {
    return 'closed';
  }

  /** @returns {'closed' | 'open' | 'half-open'} */
  state(now) {
    return 'closed';
  }
}

/**
 * Provided load driver (do not change): the judge calls this. With an array it makes those calls
 * on one `new CircuitBreaker(...config)` and returns every result. With a load `{ seed, calls,
 * maxStepMs, okRate }` it generates that many calls (acquire, report an outstanding ticket, or
 * read the state) and returns how often each kind of result came back and a checksum of the
 * whole sequence of results.
 */
function runBreaker(config, script) {
  const breaker = new CircuitBreaker(...config);
  const call = ([method, ...args]) => breaker[method](...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const counts = {};
  const outstanding = [];
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < script.calls; i++) {
    now += Math.floor(random() * (script.maxStepMs + 1));
    const roll = random();
    let result;
    if (roll < 0.45 || outstanding.length === 0) {
      result = breaker.acquire(now);
      if (result !== 0) outstanding.push(result);
    } else if (roll < 0.92) {
      const k = Math.floor(random() * outstanding.length);
      const ticket = outstanding[k];
      outstanding[k] = outstanding[outstanding.length - 1];
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
