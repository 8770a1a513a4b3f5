class TrendingKeys {
  constructor(
    private readonly windowMs: number,
    private readonly k: number,
  ) {}

  /** Records one hit at time t for each space-separated key. */
  hit(t: number, keys: string): null {
    return null;
  }

  /** Up to k keys with the most hits in (t - windowMs, t]. */
  top(t: number): string[] {
    return [];
  }
}
