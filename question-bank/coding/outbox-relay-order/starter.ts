type RelayEvent = ['commit', number, string] | ['ack', number] | ['limit', number];

class OutboxRelay {
  constructor(
    private maxInFlight: number,
    private readonly perAggregate: number,
  ) {}

  /** Row `id` of `aggregate` committed; returns the ids published now, in order. */
  commit(id: number, aggregate: string): number[] {
    return [];
  }

  /** The broker acknowledged `id`; returns the ids published now, in order. */
  ack(id: number): number[] {
    return [];
  }

  /** New total limit; returns the ids published now, in order. */
  setMaxInFlight(limit: number): number[] {
    return [];
  }
}
interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many calls to make. */
  count: number;
  /** How many distinct aggregates the rows belong to. */
  aggregates: number;
  /** Share of calls that are commits (the rest are acks). */
  commitShare: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array of events it returns, for
 * each event, what your relay published in response. With a `Load` it makes `count` calls itself
 * (commits out of id order, acks of random in-flight rows, a few duplicate acks, rare limit
 * changes) and returns the
 * number of rows published and a checksum of the publish order.
 */
function runRelay(maxInFlight: number, perAggregate: number, events: RelayEvent[] | Load) {
  const relay = new OutboxRelay(maxInFlight, perAggregate);
  if (Array.isArray(events)) {
    return events.map((e) =>
      e[0] === 'commit'
        ? relay.commit(e[1], e[2])
        : e[0] === 'ack'
          ? relay.ack(e[1])
          : relay.setMaxInFlight(e[1]),
    );
  }
  let seed = events.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const inserted: number[] = []; // ids allocated but not yet committed
  const inFlight: number[] = [];
  let nextId = 1;
  let published = 0;
  let checksum = 2166136261;
  for (let call = 0; call < events.count; call++) {
    let out: number[];
    if (random() < 0.002) {
      out = relay.setMaxInFlight(1 + Math.floor(random() * 2 * maxInFlight));
    } else if (inFlight.length === 0 || random() < events.commitShare) {
      while (inserted.length < 8) inserted.push(nextId++);
      const pick = Math.floor(random() * inserted.length);
      const id = inserted[pick]!;
      inserted[pick] = inserted[inserted.length - 1]!;
      inserted.pop();
      const r = random();
      out = relay.commit(id, `agg-${Math.floor(events.aggregates * r * r)}`);
    } else if (random() < 0.05) {
      out = relay.ack(1 + Math.floor(random() * nextId));
    } else {
      const pick = Math.floor(random() * inFlight.length);
      const id = inFlight[pick]!;
      inFlight[pick] = inFlight[inFlight.length - 1]!;
      inFlight.pop();
      out = relay.ack(id);
    }
    for (const id of out) {
      published++;
      inFlight.push(id);
      checksum = Math.imul(checksum ^ call, 16777619) >>> 0;
      checksum = Math.imul(checksum ^ id, 16777619) >>> 0;
    }
  }
  return { published, checksum };
}
