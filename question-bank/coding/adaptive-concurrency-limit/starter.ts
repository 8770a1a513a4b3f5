/** The start time of every request, or -1 if it was rejected. */
function adaptiveStarts(config: Config, requests: [number, number][]): number[] {
  // Your code here.
  return requests.map(([arrival]) => arrival);
}

interface Config {
  initialLimit: number;
  maxLimit: number;
  queueCapacity: number;
  targetMs: number;
}

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many requests to generate. */
  count: number;
  /** Largest gap between two arrivals (ms). */
  maxGapMs: number;
  /** Latencies are 1 … maxLatencyMs, ten times longer during a slow spell. */
  maxLatencyMs: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array of `[arrival, latency]`
 * it returns `adaptiveStarts(config, requests)`. With a `Load` it generates `count` requests
 * (with the backend slowing down during one spell in every ten) and returns how many were
 * rejected, the total queueing delay of the rest and a checksum of all start times.
 */
function runAdaptive(config: Config, requests: [number, number][] | Load) {
  if (Array.isArray(requests)) return adaptiveStarts(config, requests);
  let seed = requests.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const generated: [number, number][] = [];
  let arrival = 0;
  for (let i = 0; i < requests.count; i++) {
    arrival += Math.floor(random() * (requests.maxGapMs + 1));
    const slow = Math.floor(i / 1000) % 10 === 9 ? 10 : 1;
    generated.push([arrival, slow * (1 + Math.floor(random() * requests.maxLatencyMs))]);
  }
  const starts = adaptiveStarts(config, generated);
  let rejected = 0;
  let waited = 0;
  let checksum = 2166136261;
  starts.forEach((start, i) => {
    if (start < 0) rejected++;
    else waited += start - generated[i]![0];
    checksum = Math.imul(checksum ^ (start & 0x7fffffff), 16777619) >>> 0;
  });
  return { rejected, waited, checksum };
}
