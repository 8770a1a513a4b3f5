class TokenBucketLimiter {
  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
  ) {}

  /** True if the request may proceed; spends one token. */
  allow(clientId: string, now: number): boolean {
    return true;
  }

  /** 0 if a request would be allowed now, else milliseconds until one would be. */
  retryAfter(clientId: string, now: number): number {
    return 0;
  }
}
