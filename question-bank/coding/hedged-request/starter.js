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
 * Your code: call replica 0 now; while nothing has succeeded, call the next replica when
 * `hedgeAfterMs` pass since the last call, or at once when an attempt fails. Resolve with the
 * first success (cancel the rest); reject with the last error if every replica fails.
 * @param {(replica: number) => { promise: Promise<string>, cancel: () => void }} call
 * @param {number} replicas
 * @param {number} hedgeAfterMs
 * @param {VirtualClock} clock
 * @returns {Promise<string>}
 */
function hedged(call, replicas, hedgeAfterMs, clock) {
  return call(0).promise;
}

/** Provided harness (do not change): the judge calls this. */
async function runHedged(requests, hedgeAfterMs) {
  const clock = new VirtualClock();
  const reports = requests.map(() => ({
    outcome: 'pending',
    starts: [],
    cancelled: [],
    doneAt: -1,
  }));
  const main = () =>
    Promise.all(
      requests.map(async (replicas, r) => {
        const report = reports[r];
        const call = (i) => {
          const [latency, ok] = replicas[i];
          report.starts.push(clock.now);
          const timer = clock.timer(latency);
          let settled = false;
          const promise = timer.promise.then(() => {
            settled = true;
            if (!ok) throw new Error(`replica ${i} failed`);
            return `r${i}`;
          });
          const cancel = () => {
            if (settled || report.cancelled.includes(i)) return;
            report.cancelled.push(i);
            timer.cancel();
          };
          return { promise, cancel };
        };
        try {
          report.outcome = `ok ${await hedged(call, replicas.length, hedgeAfterMs, clock)}`;
        } catch (e) {
          report.outcome = `error ${e instanceof Error ? e.message : String(e)}`;
        }
        report.doneAt = clock.now;
      }),
    );
  await clock.run(main);
  return { reports, pendingTimers: clock.pendingTimers() };
}
