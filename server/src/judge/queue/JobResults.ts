import type { QueueEvents } from 'bullmq';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Why a job ended without a result, as `JobResults.wait` rejects with it. */
export class JobEndedError extends Error {
  constructor(
    readonly reason: 'failed' | 'timeout' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'JobEndedError';
  }
}

/**
 * Hands each job's outcome to whoever waits for it, from one pair of listeners on the queue's
 * event stream. A job is registered before it is added, so its completion cannot slip past.
 */
export class JobResults {
  private readonly pending = new Map<string, Pending>();

  constructor(events: QueueEvents) {
    events.on('completed', ({ jobId, returnvalue }) => {
      this.settle(jobId)?.resolve(returnvalue);
    });
    events.on('failed', ({ jobId, failedReason }) => {
      this.settle(jobId)?.reject(new JobEndedError('failed', failedReason));
    });
  }

  /** Resolves with the job's return value; rejects with `JobEndedError` otherwise. */
  wait(jobId: string, timeoutMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(jobId)?.reject(
          new JobEndedError('timeout', `no result within ${timeoutMs} ms`),
        );
      }, timeoutMs);
      this.pending.set(jobId, { resolve, reject, timer });
    });
  }

  /** Stops waiting for a job, e.g. when adding it failed. */
  forget(jobId: string): void {
    this.settle(jobId);
  }

  /** Rejects every wait. */
  closeAll(): void {
    for (const jobId of [...this.pending.keys()]) {
      this.settle(jobId)?.reject(new JobEndedError('closed', 'closed'));
    }
  }

  private settle(jobId: string): Pending | undefined {
    const entry = this.pending.get(jobId);
    if (!entry) return undefined;
    this.pending.delete(jobId);
    clearTimeout(entry.timer);
    return entry;
  }
}
