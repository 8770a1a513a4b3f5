import type { Logger } from '../../logger';
import type { Clock } from './clock';

// setTimeout holds at most 2^31-1 ms; a longer wait is taken in steps.
const MAX_DELAY_MS = 2 ** 31 - 1;
const RETRY_AFTER_FAILURE_MS = 5_000;

/**
 * One timer per session with a running round [ST3]. When it fires, `settle` closes what
 * expired and reports the next deadline back through `schedule`. Time is the injected clock's,
 * so a test can move it and call `checkDue()` instead of waiting.
 */
export class RoundTimers {
  private readonly timers = new Map<string, { at: number; handle: NodeJS.Timeout }>();
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly settle: (sessionId: string) => Promise<void>,
    private readonly log: Logger,
  ) {}

  /** Fires `settle(sessionId)` at `at`; `null` cancels. Replaces the session's earlier timer. */
  schedule(sessionId: string, at: number | null): void {
    const existing = this.timers.get(sessionId);
    if (existing) clearTimeout(existing.handle);
    this.timers.delete(sessionId);
    if (at === null || this.stopped) return;
    const delay = Math.min(Math.max(0, at - this.clock.now()), MAX_DELAY_MS);
    const handle = setTimeout(() => this.fire(sessionId, at), delay);
    this.timers.set(sessionId, { at, handle });
  }

  /** Settles every session whose deadline has come by the clock (for a moved test clock). */
  async checkDue(): Promise<void> {
    const now = this.clock.now();
    const due = [...this.timers].filter(([, timer]) => timer.at <= now).map(([id]) => id);
    await Promise.all(due.map((id) => this.run(id)));
  }

  /** The deadline scheduled for a session, if any. */
  scheduled(sessionId: string): number | null {
    return this.timers.get(sessionId)?.at ?? null;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer.handle);
    this.timers.clear();
  }

  private fire(sessionId: string, at: number): void {
    if (this.timers.get(sessionId)?.at !== at) return;
    this.timers.delete(sessionId);
    if (at > this.clock.now()) {
      this.schedule(sessionId, at);
      return;
    }
    void this.run(sessionId);
  }

  private async run(sessionId: string): Promise<void> {
    const timer = this.timers.get(sessionId);
    if (timer) clearTimeout(timer.handle);
    this.timers.delete(sessionId);
    try {
      await this.settle(sessionId);
    } catch (error) {
      if (this.stopped) return;
      this.log.error({ err: error, sessionId }, 'closing an expired round failed; retrying');
      this.schedule(sessionId, this.clock.now() + RETRY_AFTER_FAILURE_MS);
    }
  }
}
