/** Accepted timestamps of one client, oldest first; `head` skips the expired prefix. */
interface RequestLog {
  times: number[];
  head: number;
}

export class SlidingWindowLimiter {
  private readonly logs = new Map<string, RequestLog>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  allow(clientId: string, now: number): boolean {
    const log = this.trimmed(clientId, now);
    if (log.times.length - log.head >= this.limit) return false;
    log.times.push(now);
    return true;
  }

  count(clientId: string, now: number): number {
    const log = this.trimmed(clientId, now);
    return log.times.length - log.head;
  }

  private trimmed(clientId: string, now: number): RequestLog {
    let log = this.logs.get(clientId);
    if (log === undefined) {
      log = { times: [], head: 0 };
      this.logs.set(clientId, log);
    }
    const oldestKept = now - this.windowMs;
    while (log.head < log.times.length && log.times[log.head]! <= oldestKept) log.head++;
    // Compact now and then so the array does not grow without bound.
    if (log.head > 1024 && log.head * 2 > log.times.length) {
      log.times = log.times.slice(log.head);
      log.head = 0;
    }
    return log;
  }
}
