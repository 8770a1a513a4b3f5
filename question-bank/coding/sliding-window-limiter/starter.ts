class SlidingWindowLimiter {
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** True if accepted (and recorded). */
  allow(clientId: string, now: number): boolean {
    return true;
  }

  /** Accepted requests with timestamps in (now - windowMs, now]. */
  count(clientId: string, now: number): number {
    return 0;
  }
}
