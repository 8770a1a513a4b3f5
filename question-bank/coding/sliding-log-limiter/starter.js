class MultiWindowLimiter {
  /** @param {[number, number][]} rules [limit, windowMs] pairs; a request must satisfy all */
  constructor(rules) {
    this.rules = rules;
  }

  /** @returns {number} 0 if admitted, otherwise the ms to wait before it would be */
  check(client, now) {
    return 0;
  }
}

/**
 * Provided load driver (do not change): the judge calls this. It builds one
 * `new MultiWindowLimiter(rules)`. With an array it checks those requests and returns every
 * answer. With a load `{ seed, count, clients, maxStepMs }` it generates that many requests and
 * returns how many were admitted, the sum of all waits and a checksum of the whole sequence of
 * answers.
 */
function runLimiter(rules, requests) {
  const limiter = new MultiWindowLimiter(rules);
  if (Array.isArray(requests)) return requests.map(([client, now2]) => limiter.check(client, now2));
  let seed = requests.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
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
    checksum = Math.imul(checksum ^ (wait & 2147483647), 16777619) >>> 0;
  }
  return { admitted, waits, checksum };
}
