type CacheEvent = ['response', number, string, string] | ['request', number, string];
type Outcome = 'HIT' | 'STALE' | 'REVALIDATE' | 'MISS';

/**
 * One outcome per request event, in order, following the parsing and decision rules of the
 * prompt.
 */
function cacheOutcomes(events: CacheEvent[]): Outcome[] {
  // Your code here.
  return [];
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many events to generate. */
  events: number;
  /** URLs are `/p/0` … `/p/<urls - 1>`. */
  urls: number;
  /** Largest step of the time between two events (seconds). */
  maxStep: number;
}

/** Directive texts the load generator combines into headers (valid, odd and invalid ones). */
const PIECES = [
  'max-age=60',
  'Max-Age=300',
  'max-age="20"',
  's-maxage=30',
  'S-MAXAGE=5',
  'max-age=abc',
  'max-age=1e3',
  'max-age = 90',
  'max-age=0',
  'max-age=99999999999',
  'no-store',
  'private',
  'private="Set-Cookie, Authorization"',
  'no-cache',
  'no-cache="Set-Cookie"',
  'must-revalidate',
  'proxy-revalidate',
  'stale-while-revalidate=40',
  'public',
  'community="UCI, no-store"',
  'immutable',
];
const SEPARATORS = [',', ', ', ' ,\t', ',,'];

/**
 * Provided driver (do not change): the judge calls this. With an array it returns
 * `cacheOutcomes(events)`. With a `Load` it generates that many events (responses with headers
 * made of `PIECES`, requests, time moving forward) and returns how many requests got each
 * outcome and a checksum of all outcomes in order.
 */
function runEdgeCache(input: CacheEvent[] | Load) {
  if (Array.isArray(input)) return cacheOutcomes(input);
  let seed = input.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const events: CacheEvent[] = [];
  let time = 0;
  for (let i = 0; i < input.events; i++) {
    time += Math.floor(random() * (input.maxStep + 1));
    const url = `/p/${Math.floor(random() * input.urls)}`;
    if (random() < 0.5) {
      events.push(['request', time, url]);
      continue;
    }
    let header = '';
    const count = Math.floor(random() * 5);
    for (let j = 0; j < count; j++) header += (j > 0 ? pick(SEPARATORS) : '') + pick(PIECES);
    events.push(['response', time, url, header]);
  }
  const counts: Record<string, number> = { HIT: 0, STALE: 0, REVALIDATE: 0, MISS: 0 };
  let checksum = 2166136261;
  for (const outcome of cacheOutcomes(events)) {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    checksum = Math.imul(checksum ^ outcome.charCodeAt(0), 16777619) >>> 0;
  }
  return { counts, checksum };
}
