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

/** Your code: a FIFO async mutex, as the prompt defines. */
class AsyncMutex {
  /** Resolves with a release function once the caller holds the lock. */
  acquire(): Promise<() => void> {
    return Promise.resolve(() => {});
  }

  /** A release function if the lock was free (and is now held), else null. */
  tryAcquire(): (() => void) | null {
    return () => {};
  }

  isLocked(): boolean {
    return false;
  }

  waitingCount(): number {
    return 0;
  }
}

type LogEntry = (string | number | boolean)[];

/** Provided harness (do not change): the judge constructs it and calls its methods. */
class MutexScenario {
  private readonly clock = new VirtualClock();
  private readonly mutex = new AsyncMutex();
  private readonly log: LogEntry[] = [];
  private readonly work: Promise<void>[] = [];
  private tickets = 0;
  private lastStarted = -1;
  private holders = 0;
  private stats = { completed: 0, outOfOrder: 0, maxHolders: 0 };

  /** Arrives at `arriveAt`, waits for the lock, holds it `holdMs`, releases it. */
  job(name: string, arriveAt: number, holdMs: number): void {
    this.work.push(this.later(arriveAt, () => this.lockedWork(name, holdMs, false)));
  }

  /** Like `job`, but releases twice (the second release must do nothing). */
  sloppyJob(name: string, arriveAt: number, holdMs: number): void {
    this.work.push(this.later(arriveAt, () => this.lockedWork(name, holdMs, true)));
  }

  /** Arrives at `arriveAt` and gives up at once if the lock is not free. */
  tryJob(name: string, arriveAt: number, holdMs: number): void {
    this.work.push(
      this.later(arriveAt, async () => {
        const release = this.mutex.tryAcquire();
        if (release === null) {
          this.log.push([this.clock.now, name, 'busy']);
          return;
        }
        this.enter(-1);
        this.log.push([this.clock.now, name, 'start']);
        await this.clock.sleep(holdMs);
        this.leave(name, release);
      }),
    );
  }

  /** `count` unnamed jobs arriving together; each releases as soon as it gets the lock. */
  burst(count: number, arriveAt: number): void {
    this.work.push(
      this.later(arriveAt, async () => {
        const jobs: Promise<void>[] = [];
        for (let k = 0; k < count; k++) {
          const ticket = this.tickets++;
          jobs.push(
            this.mutex.acquire().then((release) => {
              this.enter(ticket);
              this.holders--;
              this.stats.completed++;
              release();
            }),
          );
        }
        await Promise.all(jobs);
      }),
    );
  }

  /** Logs `[time, "probe", isLocked, waitingCount]` at `at`. */
  probe(at: number): void {
    this.work.push(
      this.later(at, async () => {
        this.log.push([this.clock.now, 'probe', this.mutex.isLocked(), this.mutex.waitingCount()]);
      }),
    );
  }

  async run() {
    await this.clock.run(() => Promise.all(this.work));
    return { log: this.log, finishedAt: this.clock.now, ...this.stats };
  }

  private async later(at: number, fn: () => Promise<void>): Promise<void> {
    await this.clock.sleep(at);
    await fn();
  }

  private async lockedWork(name: string, holdMs: number, sloppy: boolean): Promise<void> {
    const ticket = this.tickets++;
    this.log.push([this.clock.now, name, 'wait']);
    const release = await this.mutex.acquire();
    this.enter(ticket);
    this.log.push([this.clock.now, name, 'start']);
    await this.clock.sleep(holdMs);
    this.leave(name, release);
    if (sloppy) release();
  }

  private enter(ticket: number): void {
    this.stats.maxHolders = Math.max(this.stats.maxHolders, ++this.holders);
    if (ticket >= 0) {
      if (ticket < this.lastStarted) this.stats.outOfOrder++;
      this.lastStarted = ticket;
    }
  }

  private leave(name: string, release: () => void): void {
    this.holders--;
    this.stats.completed++;
    release();
    // The state right after release shows whether the lock was handed over or left free.
    this.log.push([this.clock.now, name, 'end', this.mutex.isLocked(), this.mutex.waitingCount()]);
  }
}
