type CacheEvent = ['response', number, string, string] | ['request', number, string];
type Outcome = 'HIT' | 'STALE' | 'REVALIDATE' | 'MISS';

/** What the edge keeps of a stored response. */
interface Policy {
  storable: boolean;
  noCache: boolean;
  revalidateWhenStale: boolean;
  lifetime: number;
  staleWhileRevalidate: number;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DIGITS = /^[0-9]+$/;
const MAX_DELTA_SECONDS = 2147483648;

/** Cuts the header at commas that are not inside a quoted string. */
function splitElements(header: string): string[] {
  const elements: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (inQuotes) {
      if (c === '\\') i++;
      else if (c === '"') inQuotes = false;
    } else if (c === '"') {
      inQuotes = true;
    } else if (c === ',') {
      elements.push(header.slice(start, i));
      start = i + 1;
    }
  }
  elements.push(header.slice(start));
  return elements;
}

/** The content of a quoted string that makes up all of `text`, or null. */
function unquote(text: string): string | null {
  if (text[0] !== '"') return null;
  let content = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return i === text.length - 1 ? content : null;
    if (c === '\\') i++;
    if (i >= text.length) return null;
    content += text[i];
  }
  return null;
}

/** `[lowercase name, argument or null]` of a valid element; null for an empty or invalid one. */
function parseElement(raw: string): [string, string | null] | null {
  const element = raw.replace(/^[ \t]+|[ \t]+$/g, '');
  const eq = element.indexOf('=');
  const name = eq === -1 ? element : element.slice(0, eq);
  if (!TOKEN.test(name)) return null;
  if (eq === -1) return [name.toLowerCase(), null];
  const text = element.slice(eq + 1);
  const argument = TOKEN.test(text) ? text : unquote(text);
  return argument === null ? null : [name.toLowerCase(), argument];
}

function parsePolicy(header: string): Policy {
  // Only the first valid occurrence of a name counts.
  const directives = new Map<string, string | null>();
  for (const raw of splitElements(header)) {
    const directive = parseElement(raw);
    if (directive !== null && !directives.has(directive[0])) directives.set(...directive);
  }
  const unqualified = (name: string): boolean =>
    directives.has(name) && directives.get(name) === null;
  const seconds = (name: string): number | null => {
    if (!directives.has(name)) return null;
    const argument = directives.get(name);
    if (argument == null || !DIGITS.test(argument)) return 0;
    return Math.min(MAX_DELTA_SECONDS, Number(argument));
  };
  return {
    storable: !directives.has('no-store') && !unqualified('private'),
    noCache: unqualified('no-cache'),
    revalidateWhenStale: directives.has('must-revalidate') || directives.has('proxy-revalidate'),
    lifetime: seconds('s-maxage') ?? seconds('max-age') ?? 0,
    staleWhileRevalidate: seconds('stale-while-revalidate') ?? 0,
  };
}

interface Stored {
  policy: Policy;
  storedAt: number;
}

function decide(stored: Stored | undefined, now: number): Outcome {
  if (stored === undefined) return 'MISS';
  const { policy } = stored;
  if (policy.noCache) return 'REVALIDATE';
  const age = now - stored.storedAt;
  if (age < policy.lifetime) return 'HIT';
  if (policy.revalidateWhenStale) return 'REVALIDATE';
  return age < policy.lifetime + policy.staleWhileRevalidate ? 'STALE' : 'REVALIDATE';
}

/**
 * Replays the edge: each response's header is parsed once, and the latest storable response per
 * URL lives in a map, so every event costs O(header length).
 */
function cacheOutcomes(events: CacheEvent[]): Outcome[] {
  const stored = new Map<string, Stored>();
  const outcomes: Outcome[] = [];
  for (const event of events) {
    if (event[0] === 'response') {
      const [, time, url, header] = event;
      const policy = parsePolicy(header);
      if (policy.storable) stored.set(url, { policy, storedAt: time });
      else stored.delete(url);
    } else {
      const [, time, url] = event;
      outcomes.push(decide(stored.get(url), time));
    }
  }
  return outcomes;
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
