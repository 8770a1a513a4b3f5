interface Bucket {
  /** Tokens in thousandths, so all arithmetic stays in integers. */
  level: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
  ) {}

  allow(clientId: string, now: number): boolean {
    const bucket = this.refill(clientId, now);
    if (bucket.level < 1000) return false;
    bucket.level -= 1000;
    return true;
  }

  retryAfter(clientId: string, now: number): number {
    const bucket = this.refill(clientId, now);
    if (bucket.level >= 1000) return 0;
    return Math.ceil((1000 - bucket.level) / this.refillPerSecond);
  }

  private refill(clientId: string, now: number): Bucket {
    const max = this.capacity * 1000;
    let bucket = this.buckets.get(clientId);
    if (bucket === undefined) {
      bucket = { level: max, updatedAt: now };
      this.buckets.set(clientId, bucket);
      return bucket;
    }
    bucket.level = Math.min(max, bucket.level + (now - bucket.updatedAt) * this.refillPerSecond);
    bucket.updatedAt = now;
    return bucket;
  }
}
