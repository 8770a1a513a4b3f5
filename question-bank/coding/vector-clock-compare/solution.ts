/**
 * Computes every event's vector clock once (one row of a flat array per event), then answers
 * each query in O(1): event `a` on node `n` happened before `b` exactly when `b`'s clock has seen
 * at least `a`'s count for `n`. O(events * nodes + queries).
 */
export function compareEvents(events: string[], queries: number[][]): string[] {
  const parsed = events.map((line) => line.split(' '));
  const nodeIndex = new Map<string, number>();
  for (const [node] of parsed) if (!nodeIndex.has(node!)) nodeIndex.set(node!, nodeIndex.size);
  const width = nodeIndex.size;

  const clocks = new Int32Array(events.length * width);
  const current = new Map<number, Int32Array>(); // each node's latest clock
  const inFlight = new Map<string, Int32Array>(); // a copy of the clock carried by each message
  const owner: number[] = [];
  parsed.forEach(([node, kind, message], e) => {
    const n = nodeIndex.get(node!)!;
    let clock = current.get(n);
    if (clock === undefined) current.set(n, (clock = new Int32Array(width)));
    if (kind === 'recv') {
      const carried = inFlight.get(message!)!;
      for (let i = 0; i < width; i++) if (carried[i]! > clock[i]!) clock[i] = carried[i]!;
    }
    clock[n]!++;
    // A copy, not the live array: the sender keeps ticking while the message is in flight.
    if (kind === 'send') inFlight.set(message!, clock.slice());
    clocks.set(clock, e * width);
    owner.push(n);
  });

  const before = (a: number, b: number) =>
    clocks[a * width + owner[a]!]! <= clocks[b * width + owner[a]!]!;
  return queries.map(([a, b]) => {
    if (a === b) return 'same';
    if (before(a!, b!)) return 'before';
    if (before(b!, a!)) return 'after';
    return 'concurrent';
  });
}
