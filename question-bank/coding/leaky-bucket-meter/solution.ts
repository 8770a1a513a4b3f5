interface Buckets {
  committed: number;
  excess: number;
  last: number;
}

/**
 * srTCM (RFC 2697), color-blind, per flow. The refill since the flow's last packet is computed
 * in one step: committed tokens first, the overflow into the excess bucket, the rest discarded.
 */
export function colorPackets(
  cirPerMs: number,
  cbs: number,
  ebs: number,
  packets: [number, number, number][],
): string {
  const flows = new Map<number, Buckets>();
  let colors = '';
  for (const [time, flow, size] of packets) {
    let b = flows.get(flow);
    if (b === undefined) {
      b = { committed: cbs, excess: ebs, last: time };
      flows.set(flow, b);
    }
    let tokens = (time - b.last) * cirPerMs;
    b.last = time;
    const toCommitted = Math.min(tokens, cbs - b.committed);
    b.committed += toCommitted;
    tokens -= toCommitted;
    b.excess = Math.min(ebs, b.excess + tokens);
    if (b.committed >= size) {
      b.committed -= size;
      colors += 'G';
    } else if (b.excess >= size) {
      b.excess -= size;
      colors += 'Y';
    } else {
      colors += 'R';
    }
  }
  return colors;
}
