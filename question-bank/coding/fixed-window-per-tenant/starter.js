class QuotaLimiter {
  /**
   * @param {number} windowMs length of a fixed window
   * @param {number} globalLimit total cost admitted per window, all tenants together
   * @param {number} defaultLimit cost admitted per window for a tenant without a plan
   * @param {Record<string, number>} limits plan limits of named tenants
   */
  constructor(windowMs, globalLimit, defaultLimit, limits) {
    this.windowMs = windowMs;
  }

  /** @returns {'ok' | 'tenant' | 'global'} */
  admit(now, tenant, cost) {
    return 'ok';
  }
}

/**
 * Provided load driver (do not change): the judge calls this. It builds one
 * `new QuotaLimiter(windowMs, globalLimit, defaultLimit, limits)`. With an array it admits those
 * requests and returns every answer. With a load `{ seed, count, tenants, planTenants,
 * maxStepMs, maxCost }` it first gives tenants `t0` … a plan limit (1 … 50), then generates that
 * many requests and returns how often each answer came back and a checksum of the whole sequence
 * of answers.
 */
function runQuotas(config, requests) {
  const limits = { ...config.limits };
  let seed = Array.isArray(requests) ? 0 : requests.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  if (!Array.isArray(requests)) {
    for (let i = 0; i < requests.planTenants; i++) limits[`t${i}`] = 1 + Math.floor(random() * 50);
  }
  const limiter = new QuotaLimiter(
    config.windowMs,
    config.globalLimit,
    config.defaultLimit,
    limits,
  );
  if (Array.isArray(requests))
    return requests.map(([now2, tenant, cost]) => limiter.admit(now2, tenant, cost));
  const counts = {};
  let checksum = 2166136261;
  let now = 0;
  for (let i = 0; i < requests.count; i++) {
    now += Math.floor(random() * (requests.maxStepMs + 1));
    const tenant = `t${Math.floor(random() * requests.tenants)}`;
    const answer = limiter.admit(now, tenant, 1 + Math.floor(random() * requests.maxCost));
    counts[answer] = (counts[answer] ?? 0) + 1;
    checksum = Math.imul(checksum ^ answer.charCodeAt(0), 16777619) >>> 0;
  }
  return { counts, checksum };
}
