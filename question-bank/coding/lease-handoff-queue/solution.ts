type LeaseEvent =
  | ['acquire', number, string, string, number]
  | ['renew', number, string, string]
  | ['release', number, string, string]
  | ['owner', number, string];
type Result = 'granted' | 'held' | 'queued' | boolean | string | null;

interface Waiter {
  client: string;
  deadline: number;
}

/** One key: its holder (if any) and its wait queue, advanced lazily when the key is touched. */
interface KeyState {
  holder: string | null;
  expiresAt: number;
  queue: Waiter[];
  /** Index of the first queue entry not yet handed the lease or skipped. */
  head: number;
  /** Each client's current entry in `queue`; an entry missing here was cancelled or replaced. */
  waiting: Map<string, Waiter>;
}

/**
 * Replays the events with one state per key. Handoffs happen at expiry instants between events,
 * so before an event on a key the state is advanced through every expiry up to that time. Each
 * waiter is queued and skipped at most once, so every event costs O(1) amortized.
 */
function leaseTimeline(ttlMs: number, events: LeaseEvent[]): Result[] {
  const keys = new Map<string, KeyState>();

  function stateOf(key: string): KeyState {
    let state = keys.get(key);
    if (state === undefined) {
      state = { holder: null, expiresAt: 0, queue: [], head: 0, waiting: new Map() };
      keys.set(key, state);
    }
    return state;
  }

  /** The lease ends at `at`: the first waiter still waiting then takes it over. */
  function handOff(state: KeyState, at: number): void {
    state.holder = null;
    while (state.head < state.queue.length) {
      const waiter = state.queue[state.head++]!;
      if (state.waiting.get(waiter.client) !== waiter) continue;
      state.waiting.delete(waiter.client);
      if (waiter.deadline <= at) continue;
      state.holder = waiter.client;
      state.expiresAt = at + ttlMs;
      return;
    }
  }

  /** Applies every expiry (and the handoffs it causes) at times up to `now`. */
  function advance(state: KeyState, now: number): void {
    while (state.holder !== null && state.expiresAt <= now) handOff(state, state.expiresAt);
  }

  function isWaiting(state: KeyState, client: string, now: number): boolean {
    const waiter = state.waiting.get(client);
    return waiter !== undefined && waiter.deadline > now;
  }

  return events.map((event): Result => {
    const now = event[1];
    const state = stateOf(event[2]);
    advance(state, now);
    switch (event[0]) {
      case 'acquire': {
        const [, , , client, waitMs] = event;
        if (state.holder === client) return 'held';
        if (state.holder === null) {
          state.holder = client;
          state.expiresAt = now + ttlMs;
          return 'granted';
        }
        if (!isWaiting(state, client, now)) {
          const waiter = { client, deadline: now + waitMs };
          state.queue.push(waiter);
          state.waiting.set(client, waiter);
        }
        return 'queued';
      }
      case 'renew': {
        if (state.holder !== event[3]) return false;
        state.expiresAt = now + ttlMs;
        return true;
      }
      case 'release': {
        const client = event[3];
        if (state.holder === client) {
          handOff(state, now);
          return true;
        }
        if (!isWaiting(state, client, now)) return false;
        state.waiting.delete(client);
        return true;
      }
      case 'owner':
        return state.holder;
    }
  });
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many events to generate. */
  events: number;
  /** Keys are `k0` … `k<keys - 1>`. */
  keys: number;
  /** Clients are `c0` … `c<clients - 1>`. */
  clients: number;
  /** Waits are 1 … maxWaitMs. */
  maxWaitMs: number;
  /** Largest step of the time between two events (ms). */
  maxStepMs: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array it returns
 * `leaseTimeline(ttlMs, events)`. With a `Load` it generates that many events (acquire, renew,
 * release and owner, for random keys and clients) and returns counts of the results and a
 * checksum of all of them in order.
 */
function runLeases(ttlMs: number, input: LeaseEvent[] | Load) {
  if (Array.isArray(input)) return leaseTimeline(ttlMs, input);
  let seed = input.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const events: LeaseEvent[] = [];
  let time = 0;
  for (let i = 0; i < input.events; i++) {
    time += Math.floor(random() * (input.maxStepMs + 1));
    const key = `k${Math.floor(random() * input.keys)}`;
    const client = `c${Math.floor(random() * input.clients)}`;
    const roll = random();
    if (roll < 0.45) {
      events.push(['acquire', time, key, client, 1 + Math.floor(random() * input.maxWaitMs)]);
    } else if (roll < 0.6) {
      events.push(['renew', time, key, client]);
    } else if (roll < 0.8) {
      events.push(['release', time, key, client]);
    } else {
      events.push(['owner', time, key]);
    }
  }
  const counts = { granted: 0, held: 0, queued: 0, yes: 0, no: 0, owned: 0, free: 0 };
  let checksum = 2166136261;
  const mix = (n: number): void => {
    checksum = Math.imul(checksum ^ n, 16777619) >>> 0;
  };
  for (const result of leaseTimeline(ttlMs, events)) {
    if (result === 'granted' || result === 'held' || result === 'queued') counts[result]++;
    else if (result === true) counts.yes++;
    else if (result === false) counts.no++;
    else if (result === null) counts.free++;
    else counts.owned++;
    const text = String(result);
    mix(text.length);
    for (let j = 0; j < text.length; j++) mix(text.charCodeAt(j));
  }
  return { counts, checksum };
}
