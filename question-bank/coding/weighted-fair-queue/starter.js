/**
 * @param {number[]} costs virtual cost per unit of size, per flow
 * @param {[number, number, number][]} packets [arrival, flow, size], arrivals non-decreasing
 * @returns {number[]} the time each packet starts transmitting, in input order
 */
function fairQueue(costs, packets) {
  // Your code here.
  return packets.map(([arrival]) => arrival);
}

/**
 * Provided driver (do not change): the judge calls this. With an array it returns
 * `fairQueue(costs, packets)`. With a load `{ seed, count, maxGapMs, maxSize }` it generates
 * `count` packets over the flows of `costs` and returns the last start time and a checksum of all
 * start times.
 */
function runFairQueue(costs, packets) {
  if (Array.isArray(packets)) return fairQueue(costs, packets);
  let seed = packets.seed >>> 0;
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const generated = [];
  let arrival = 0;
  for (let i = 0; i < packets.count; i++) {
    arrival += Math.floor(random() * (packets.maxGapMs + 1));
    const r = random();
    const flow = Math.floor(costs.length * r * r);
    generated.push([arrival, flow, 1 + Math.floor(random() * packets.maxSize)]);
  }
  const starts = fairQueue(costs, generated);
  let checksum = 2166136261;
  for (const start of starts) checksum = Math.imul(checksum ^ (start & 2147483647), 16777619) >>> 0;
  return { lastStart: Math.max(...starts.slice(-1), 0), checksum };
}
