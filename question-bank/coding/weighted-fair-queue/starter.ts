type Packet = [arrival: number, flow: number, size: number];

/** The time each packet starts transmitting, in input order. */
function fairQueue(costs: number[], packets: Packet[]): number[] {
  // Your code here.
  return packets.map(([arrival]) => arrival);
}

type Packet = [arrival: number, flow: number, size: number];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many packets to generate. */
  count: number;
  /** Largest gap between two arrivals (ms). */
  maxGapMs: number;
  /** Sizes are 1 … maxSize. */
  maxSize: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array it returns
 * `fairQueue(costs, packets)`. With a `Load` it generates `count` packets over the flows of
 * `costs` and returns the last start time and a checksum of all start times.
 */
function runFairQueue(costs: number[], packets: Packet[] | Load) {
  if (Array.isArray(packets)) return fairQueue(costs, packets);
  let seed = packets.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const generated: Packet[] = [];
  let arrival = 0;
  for (let i = 0; i < packets.count; i++) {
    arrival += Math.floor(random() * (packets.maxGapMs + 1));
    const r = random();
    const flow = Math.floor(costs.length * r * r);
    generated.push([arrival, flow, 1 + Math.floor(random() * packets.maxSize)]);
  }
  const starts = fairQueue(costs, generated);
  let checksum = 2166136261;
  for (const start of starts) checksum = Math.imul(checksum ^ (start & 0x7fffffff), 16777619) >>> 0;
  return { lastStart: Math.max(...starts.slice(-1), 0), checksum };
}
