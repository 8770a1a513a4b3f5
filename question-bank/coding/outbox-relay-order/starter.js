class OutboxRelay {
  /**
   * @param {number} maxInFlight most messages in flight in total
   * @param {number} perAggregate most messages in flight per aggregate
   */
  constructor(maxInFlight, perAggregate) {
    this.maxInFlight = maxInFlight;
    this.perAggregate = perAggregate;
  }

  /**
   * Row `id` of `aggregate` committed.
   * @param {number} id
   * @param {string} aggregate
   * @returns {number[]} the ids published now, in publish order
   */
  commit(id, aggregate) {
    return [];
  }

  /**
   * The broker acknowledged `id`.
   * @param {number} id
   * @returns {number[]} the ids published now, in publish order
   */
  ack(id) {
    return [];
  }

  /**
   * An operator changed the total limit.
   * @param {number} limit
   * @returns {number[]} the ids published now, in publish order
   */
  setMaxInFlight(limit) {
    return [];
  }
}

/**
 * Provided driver (do not change): the judge calls this. With an array of events
 * (["commit", id, aggregate], ["ack", id], ["limit", limit]) it returns, for each event, what your
 * relay published in response. With a load { seed, count, aggregates, commitShare } it makes
 * `count` calls itself (commits out of id order, acks of random in-flight rows, a few duplicate
 * acks, rare limit changes) and returns the number of rows published and a checksum of the
 * publish order.
 */
function runRelay(maxInFlight, perAggregate, events) {
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
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const inserted = []; // ids allocated but not yet committed
  const inFlight = [];
  let nextId = 1;
  let published = 0;
  let checksum = 2166136261;
  for (let call = 0; call < events.count; call++) {
    let out;
    if (random() < 0.002) {
      out = relay.setMaxInFlight(1 + Math.floor(random() * 2 * maxInFlight));
    } else if (inFlight.length === 0 || random() < events.commitShare) {
      while (inserted.length < 8) inserted.push(nextId++);
      const pick = Math.floor(random() * inserted.length);
      const id = inserted[pick];
      inserted[pick] = inserted[inserted.length - 1];
      inserted.pop();
      const r = random();
      out = relay.commit(id, `agg-${Math.floor(events.aggregates * r * r)}`);
    } else if (random() < 0.05) {
      out = relay.ack(1 + Math.floor(random() * nextId));
    } else {
      const pick = Math.floor(random() * inFlight.length);
      const id = inFlight[pick];
      inFlight[pick] = inFlight[inFlight.length - 1];
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
