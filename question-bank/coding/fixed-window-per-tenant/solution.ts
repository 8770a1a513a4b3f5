type Answer = 'ok' | 'tenant' | 'global';

/**
 * Fixed windows aligned to multiples of windowMs. Time never goes back, so only the current
 * window's counters matter: a new window replaces the whole map in O(1) instead of resetting
 * every tenant.
 */
class QuotaLimiter {
  private window = -1;
  private used = new Map<string, number>();
  private globalUsed = 0;

  constructor(
    private readonly windowMs: number,
    private readonly globalLimit: number,
    private readonly defaultLimit: number,
    private readonly limits: Record<string, number>,
  ) {}

  admit(now: number, tenant: string, cost: number): Answer {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.used = new Map();
      this.globalUsed = 0;
    }
    const limit = Object.hasOwn(this.limits, tenant) ? this.limits[tenant]! : this.defaultLimit;
    const used = this.used.get(tenant) ?? 0;
    if (used + cost > limit) return 'tenant';
    if (this.globalUsed + cost > this.globalLimit) return 'global';
    this.used.set(tenant, used + cost);
    this.globalUsed += cost;
    return 'ok';
  }
}

type Request = [now: number, tenant: string, cost: number];

interface Config {
  windowMs: number;
  globalLimit: number;
  defaultLimit: number;
  /** Plan limits of named tenants. */
  limits: Record<string, number>;
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many requests to make. */
  count: number;
  /** Tenants `t0` … `t<tenants - 1>` make the requests. */
  tenants: number;
  /** Tenants `t0` … `t<planTenants - 1>` get a plan limit (added to `config.limits`). */
  planTenants: number;
  /** Largest step of `now` between two requests (ms). */
  maxStepMs: number;
  /** Costs are 1 … maxCost. */
  maxCost: number;
}

/**
 * Provided load driver (do not change): the judge calls this. It builds one
 * `new QuotaLimiter(windowMs, globalLimit, defaultLimit, limits)`. With an array it admits those
 * requests and returns every answer. With a `Load` it first gives tenants `t0` … a plan limit
 * (1 … 50), then generates that many requests and returns how often each answer came back and a
 * checksum of the whole sequence of answers.
 */
function runQuotas(config: Config, requests: Request[] | Load) {
  const limits = { ...config.limits };
  let seed = Array.isArray(requests) ? 0 : requests.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
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
    return requests.map(([now, tenant, cost]) => limiter.admit(now, tenant, cost));
  const counts: Record<string, number> = {};
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
