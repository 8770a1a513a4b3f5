function fnv1a(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Two generations of bits, each a Uint8Array with a running count of its set bits so bitsSet()
 * is O(1). Rotation jumps straight to the generation of `now`, however far time moved.
 */
export class DedupeFilter {
  private current: Uint8Array;
  private previous: Uint8Array;
  private currentCount = 0;
  private generation = 0;

  constructor(
    private readonly m: number,
    private readonly k: number,
    private readonly windowMs: number,
  ) {
    this.current = new Uint8Array(m);
    this.previous = new Uint8Array(m);
  }

  private positions(key: string): number[] {
    const hashA = fnv1a(key, 0x811c9dc5);
    const hashB = (fnv1a(key, 0x2545f491) | 1) >>> 0;
    const out: number[] = [];
    for (let i = 0; i < this.k; i++) out.push((hashA + i * hashB) % this.m);
    return out;
  }

  private rotate(now: number): void {
    const g = Math.floor(now / this.windowMs);
    if (g === this.generation) return;
    // One window later the current bits become the previous ones; two or more, both are stale.
    this.previous = g === this.generation + 1 ? this.current : new Uint8Array(this.m);
    this.current = new Uint8Array(this.m);
    this.currentCount = 0;
    this.generation = g;
  }

  check(key: string, now: number): boolean {
    this.rotate(now);
    const positions = this.positions(key);
    const duplicate =
      positions.every((p) => this.current[p] === 1) ||
      positions.every((p) => this.previous[p] === 1);
    for (const p of positions) {
      if (this.current[p] === 0) {
        this.current[p] = 1;
        this.currentCount++;
      }
    }
    return duplicate;
  }

  bitsSet(now: number): number {
    this.rotate(now);
    return this.currentCount;
  }
}
