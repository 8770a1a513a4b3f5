import type { SessionEvent } from '@mockloop/shared';

/** Code edits may wait this long to be written together; clients re-send what a crash lost. */
export const MAX_BATCH_DELAY_MS = 250;

type AppendMany<E> = (sessionId: string, events: readonly E[]) => Promise<SessionEvent[]>;

interface Waiting<E> {
  event: E;
  resolve(stored: SessionEvent): void;
  reject(error: unknown): void;
}

/**
 * Collects events per session and writes each session's queue as one `appendEvents` call at
 * most `maxDelayMs` after its first event arrived. Every promise settles only after its event
 * is committed (or the batch failed), so awaiting one before an ack keeps the ack honest.
 */
export class BatchingAppender<E> {
  private readonly queues = new Map<string, Waiting<E>[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly appendMany: AppendMany<E>,
    private readonly maxDelayMs = MAX_BATCH_DELAY_MS,
  ) {}

  append(sessionId: string, event: E): Promise<SessionEvent> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(sessionId) ?? [];
      queue.push({ event, resolve, reject });
      this.queues.set(sessionId, queue);
      this.timer ??= setTimeout(() => void this.flush(), this.maxDelayMs);
    });
  }

  /** Writes everything queued now and waits for every write in flight. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const queues = [...this.queues];
    this.queues.clear();
    for (const [sessionId, queue] of queues) {
      const write = this.write(sessionId, queue);
      this.inFlight.add(write);
      void write.finally(() => this.inFlight.delete(write));
    }
    await Promise.all([...this.inFlight]);
  }

  get pending(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  private async write(sessionId: string, queue: Waiting<E>[]): Promise<void> {
    try {
      const stored = await this.appendMany(
        sessionId,
        queue.map((waiting) => waiting.event),
      );
      queue.forEach((waiting, index) => waiting.resolve(stored[index] as SessionEvent));
    } catch (error) {
      for (const waiting of queue) waiting.reject(error);
    }
  }
}
