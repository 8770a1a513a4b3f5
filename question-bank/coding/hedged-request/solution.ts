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
 * Races the attempts started so far against one hedge timer. Each wake-up (a success, a failure
 * or the timer) is handled once; the timer is cancelled whenever it is replaced or no longer
 * needed, so nothing is left pending when the call settles.
 */
function hedged(
  call: (replica: number) => Attempt,
  replicas: number,
  hedgeAfterMs: number,
  clock: VirtualClock,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const running = new Map<number, Attempt>();
    let started = 0;
    let failed = 0;
    let done = false;
    let hedge: { cancel: () => void } | null = null;

    const stopHedge = (): void => {
      hedge?.cancel();
      hedge = null;
    };
    const startNext = (): void => {
      stopHedge();
      const replica = started++;
      const attempt = call(replica);
      running.set(replica, attempt);
      if (started < replicas) {
        const timer = clock.timer(hedgeAfterMs);
        hedge = timer;
        timer.promise.then(() => {
          if (!done && hedge === timer) startNext();
        });
      }
      attempt.promise.then(
        (value) => {
          running.delete(replica);
          if (done) return;
          done = true;
          stopHedge();
          for (const other of running.values()) other.cancel();
          running.clear();
          resolve(value);
        },
        (error: unknown) => {
          running.delete(replica);
          if (done) return;
          failed++;
          if (started < replicas) startNext();
          else if (failed === replicas) {
            done = true;
            stopHedge();
            reject(error);
          }
        },
      );
    };
    startNext();
  });
}

/** One attempt in flight: its outcome, and a way to abandon it. */
interface Attempt {
  promise: Promise<string>;
  cancel: () => void;
}

/** Provided harness (do not change): the judge calls this. */
async function runHedged(requests: [number, boolean][][], hedgeAfterMs: number) {
  const clock = new VirtualClock();
  const reports = requests.map(() => ({
    outcome: 'pending',
    starts: [] as number[],
    cancelled: [] as number[],
    doneAt: -1,
  }));
  const main = () =>
    Promise.all(
      requests.map(async (replicas, r) => {
        const report = reports[r]!;
        // Attempt i goes to replica i: it answers after `latency` ms, with `r<i>` or an error.
        const call = (i: number): Attempt => {
          const [latency, ok] = replicas[i]!;
          report.starts.push(clock.now);
          const timer = clock.timer(latency);
          let settled = false;
          const promise = timer.promise.then(() => {
            settled = true;
            if (!ok) throw new Error(`replica ${i} failed`);
            return `r${i}`;
          });
          const cancel = (): void => {
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
