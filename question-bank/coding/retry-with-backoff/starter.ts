interface Timer {
  at: number;
  seq: number;
  wake: () => void;
  cancelled: boolean;
}

/**
 * Virtual time (provided, do not change). The sandbox has no real timers: `sleep` resolves when
 * virtual time reaches `now + ms`; timers due at the same time fire in creation order. `run`
 * fires the next timer only after 50 microtask turns in a row pass without a new timer,
 * so work started in reaction to a timer starts at that same virtual instant.
 */
class VirtualClock {
  now = 0;
  private readonly timers: Timer[] = [];
  private seq = 0;
  private pending = 0;

  sleep(ms: number): Promise<void> {
    return this.timer(ms).promise;
  }

  /** Like `sleep`, plus `cancel()`: a cancelled timer never fires and stops counting as pending. */
  timer(ms: number): { promise: Promise<void>; cancel: () => void } {
    let timer!: Timer;
    const promise = new Promise<void>((wake) => {
      timer = { at: this.now + Math.max(0, ms), seq: this.seq++, wake, cancelled: false };
    });
    this.push(timer);
    this.pending++;
    const cancel = (): void => {
      if (!timer.cancelled) {
        timer.cancelled = true;
        this.pending--;
      }
    };
    return { promise, cancel };
  }

  /** Timers created and neither fired nor cancelled. */
  pendingTimers(): number {
    return this.pending;
  }

  async run<T>(main: () => Promise<T>): Promise<T> {
    let done = false;
    const result = main();
    result.then(
      () => (done = true),
      () => (done = true),
    );
    while (!done) {
      for (let quiet = 0; quiet < 50 && !done;) {
        const seq = this.seq;
        await undefined;
        quiet = seq === this.seq ? quiet + 1 : 0;
      }
      if (done) break;
      let next = this.pop();
      while (next !== undefined && next.cancelled) next = this.pop();
      if (next === undefined) {
        // No timer pending: only promise callbacks can make progress, so wait for them.
        for (let spins = 0; !done && this.pending === 0; spins++) {
          if (spins > 1e7) throw new Error('VirtualClock: main() never settles');
          await undefined;
        }
        continue;
      }
      this.now = next.at;
      this.pending--;
      next.cancelled = true;
      next.wake();
    }
    return result;
  }

  private before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: Timer): void {
    const h = this.timers;
    let i = h.push(t) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(t, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = t;
  }

  private pop(): Timer | undefined {
    const h = this.timers;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && this.before(h[l + 1]!, h[l]!) ? l + 1 : l;
      if (!this.before(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/**
 * Your code: run every operation (all start at once), retrying failures with exponential backoff
 * and a shared retry budget, as the prompt defines. Resolve with one outcome per operation.
 */
async function retryAll(
  operations: (() => Promise<void>)[],
  policy: RetryPolicy,
  clock: VirtualClock,
): Promise<Outcome[]> {
  throw new Error('Not implemented');
}

interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  budget: number;
  windowMs: number;
}

type Outcome = 'ok' | 'failed' | 'exhausted' | 'budget';

/** Provided harness (do not change): the judge calls this with the test's arguments. */
async function runRetries(scripts: number[][], attemptMs: number, policy: RetryPolicy) {
  const clock = new VirtualClock();
  const attempts: number[][] = scripts.map(() => []);
  const operations = scripts.map((script, j) => async () => {
    const n = attempts[j]!.push(clock.now);
    await clock.sleep(attemptMs);
    const status = script[Math.min(n, script.length) - 1]!;
    if (status !== 200) throw Object.assign(new Error(`HTTP ${status}`), { status });
  });
  const outcomes = await clock.run(() => retryAll(operations, policy, clock));
  return { outcomes, attempts, finishedAt: clock.now };
}
