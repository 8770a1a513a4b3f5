/**
 * Virtual time (provided, do not change). The sandbox has no real timers: `sleep` resolves when
 * virtual time reaches `now + ms`; timers due at the same time fire in creation order. `run`
 * fires the next timer only after 50 microtask turns in a row pass without a new timer,
 * so work started in reaction to a timer starts at that same virtual instant.
 */
class VirtualClock {
  now = 0;
  timers = [];
  seq = 0;
  pending = 0;
  sleep(ms) {
    return this.timer(ms).promise;
  }
  /** Like `sleep`, plus `cancel()`: a cancelled timer never fires and stops counting as pending. */
  /** Like `sleep`, plus `cancel()`: a cancelled timer never fires and stops counting as pending. */
  timer(ms) {
    let timer;
    const promise = new Promise((wake) => {
      timer = { at: this.now + Math.max(0, ms), seq: this.seq++, wake, cancelled: false };
    });
    this.push(timer);
    this.pending++;
    const cancel = () => {
      if (!timer.cancelled) {
        timer.cancelled = true;
        this.pending--;
      }
    };
    return { promise, cancel };
  }
  /** Timers created and neither fired nor cancelled. */
  /** Timers created and neither fired nor cancelled. */
  pendingTimers() {
    return this.pending;
  }
  async run(main) {
    let done = false;
    const result = main();
    result.then(
      () => (done = true),
      () => (done = true),
    );
    while (!done) {
      for (let quiet = 0; quiet < 50 && !done;) {
        const seq = this.seq;
        await void 0;
        quiet = seq === this.seq ? quiet + 1 : 0;
      }
      if (done) break;
      let next = this.pop();
      while (next !== void 0 && next.cancelled) next = this.pop();
      if (next === void 0) {
        for (let spins = 0; !done && this.pending === 0; spins++) {
          if (spins > 1e7) throw new Error('VirtualClock: main() never settles');
          await void 0;
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
  before(a, b) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
  push(t) {
    const h = this.timers;
    let i = h.push(t) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(t, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = t;
  }
  pop() {
    const h = this.timers;
    const top = h[0];
    const last = h.pop();
    if (top === void 0 || last === void 0 || h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && this.before(h[l + 1], h[l]) ? l + 1 : l;
      if (!this.before(h[c], last)) break;
      h[i] = h[c];
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/** Your code: a FIFO async mutex, as the prompt defines. */
class AsyncMutex {
  /** @returns {Promise<() => void>} resolves with a release function once the caller holds the lock */
  acquire() {
    return Promise.resolve(() => {});
  }

  /** @returns {(() => void) | null} a release function if the lock was free (and is now held) */
  tryAcquire() {
    return () => {};
  }

  /** @returns {boolean} */
  isLocked() {
    return false;
  }

  /** @returns {number} */
  waitingCount() {
    return 0;
  }
}

/** Provided harness (do not change): the judge constructs it and calls its methods. */
class MutexScenario {
  clock = new VirtualClock();
  mutex = new AsyncMutex();
  log = [];
  work = [];
  tickets = 0;
  lastStarted = -1;
  holders = 0;
  stats = { completed: 0, outOfOrder: 0, maxHolders: 0 };
  /** Arrives at `arriveAt`, waits for the lock, holds it `holdMs`, releases it. */
  job(name, arriveAt, holdMs) {
    this.work.push(this.later(arriveAt, () => this.lockedWork(name, holdMs, false)));
  }
  /** Like `job`, but releases twice (the second release must do nothing). */
  sloppyJob(name, arriveAt, holdMs) {
    this.work.push(this.later(arriveAt, () => this.lockedWork(name, holdMs, true)));
  }
  /** Arrives at `arriveAt` and gives up at once if the lock is not free. */
  tryJob(name, arriveAt, holdMs) {
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
  burst(count, arriveAt) {
    this.work.push(
      this.later(arriveAt, async () => {
        const jobs = [];
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
  probe(at) {
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
  async later(at, fn) {
    await this.clock.sleep(at);
    await fn();
  }
  async lockedWork(name, holdMs, sloppy) {
    const ticket = this.tickets++;
    this.log.push([this.clock.now, name, 'wait']);
    const release = await this.mutex.acquire();
    this.enter(ticket);
    this.log.push([this.clock.now, name, 'start']);
    await this.clock.sleep(holdMs);
    this.leave(name, release);
    if (sloppy) release();
  }
  enter(ticket) {
    this.stats.maxHolders = Math.max(this.stats.maxHolders, ++this.holders);
    if (ticket >= 0) {
      if (ticket < this.lastStarted) this.stats.outOfOrder++;
      this.lastStarted = ticket;
    }
  }
  leave(name, release) {
    this.holders--;
    this.stats.completed++;
    release();
    this.log.push([this.clock.now, name, 'end', this.mutex.isLocked(), this.mutex.waitingCount()]);
  }
}
