/**
 * One result per event, in order, following the lease and queue rules of the prompt.
 * @param {number} ttlMs
 * @param {(["acquire", number, string, string, number] | ["renew", number, string, string] | ["release", number, string, string] | ["owner", number, string])[]} events
 * @returns {("granted" | "held" | "queued" | boolean | string | null)[]}
 */
function leaseTimeline(ttlMs, events) {
  // Your code here.
  return [];
}
/**
 * Provided driver (do not change): the judge calls this. With an array it returns
 * `leaseTimeline(ttlMs, events)`. With a `Load` it generates that many events (acquire, renew,
 * release and owner, for random keys and clients) and returns counts of the results and a
 * checksum of all of them in order.
 */
function runLeases(ttlMs, input) {
  if (Array.isArray(input)) return leaseTimeline(ttlMs, input);
  let seed = input.seed >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const events = [];
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
  const mix = (n) => {
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
