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

/**
 * Your code: run the tasks with at most `limit` in flight, in input order, starting the next one
 * as soon as any finishes. Resolve with one outcome per task, in input order; never reject.
 * An outcome is { ok: true, value } or { ok: false, error: message }.
 * @param {(() => Promise<number>)[]} tasks
 * @param {number} limit
 */
async function promisePool(tasks, limit) {
  throw new Error('Not implemented');
}

/** Provided harness (do not change): the judge calls this with the test's arguments. */
async function runJobs(durations, failing, limit) {
  const clock = new VirtualClock();
  const fails = new Set(failing);
  const starts = durations.map(() => -1);
  const completionOrder = [];
  let inFlight = 0;
  let peak = 0;
  const tasks = durations.map((ms, i) => async () => {
    starts[i] = clock.now;
    peak = Math.max(peak, ++inFlight);
    await clock.sleep(ms);
    inFlight--;
    completionOrder.push(i);
    if (fails.has(i)) throw new Error(`job ${i} failed`);
    return i;
  });
  const outcomes = await clock.run(() => promisePool(tasks, limit));
  return {
    results: outcomes.map((o) => (o.ok ? o.value : -1)),
    starts,
    completionOrder,
    peak,
    finishedAt: clock.now,
  };
}
