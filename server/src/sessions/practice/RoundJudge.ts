import type { RunResult } from '@mockloop/shared';
import { JudgeClosedError, type Judge, type JudgeTask } from '../../judge';

export interface RoundJudgeOptions {
  /** Submissions of closing rounds in the judge at once; the rest wait here. Default 8. */
  maxInFlight?: number;
  /** First wait after a failure; doubles each time. Default 500 ms. */
  firstRetryMs?: number;
  /** Longest wait between tries. Default 10 s. */
  maxRetryMs?: number;
}

/**
 * Judges the code of rounds that closed [ST3] [ST4]. It keeps at most `maxInFlight` of them in
 * the judge, so a hundred rounds expiring at once do not fill the queue people's own runs
 * need, and it retries a busy or failing judge with back-off until it answers or closes.
 */
export class RoundJudge {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly maxInFlight: number;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;
  private closed = false;
  private readonly sleeps = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();

  constructor(
    private readonly judge: Judge,
    options: RoundJudgeOptions = {},
    private readonly onRetry: (error: unknown, waitMs: number) => void = () => undefined,
  ) {
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 8);
    this.firstRetryMs = options.firstRetryMs ?? 500;
    this.maxRetryMs = options.maxRetryMs ?? 10_000;
  }

  /** Resolves with the judge's result; rejects with `JudgeClosedError` once closed. */
  async run(task: JudgeTask): Promise<RunResult> {
    await this.slot();
    try {
      let waitMs = this.firstRetryMs;
      for (;;) {
        if (this.closed) throw new JudgeClosedError();
        try {
          return await this.judge.run(task);
        } catch (error) {
          if (error instanceof JudgeClosedError) throw error;
          this.onRetry(error, waitMs);
          await this.sleep(waitMs);
          waitMs = Math.min(waitMs * 2, this.maxRetryMs);
        }
      }
    } finally {
      this.inFlight -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Stops retrying; waiting rounds reject and are judged again after the next start-up. */
  close(): void {
    this.closed = true;
    for (const sleep of this.sleeps) {
      clearTimeout(sleep.timer);
      sleep.wake();
    }
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async slot(): Promise<void> {
    if (this.inFlight >= this.maxInFlight && !this.closed) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.inFlight += 1;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.sleeps.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      this.sleeps.add(entry);
    });
  }
}
