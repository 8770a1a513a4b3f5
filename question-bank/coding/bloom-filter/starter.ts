class DedupeFilter {
  constructor(
    private readonly m: number,
    private readonly k: number,
    private readonly windowMs: number,
  ) {}

  /** True when the key is probably a duplicate; then remembers the key. */
  check(key: string, now: number): boolean {
    return false;
  }

  /** Set bits in the current generation. */
  bitsSet(now: number): number {
    return 0;
  }
}
