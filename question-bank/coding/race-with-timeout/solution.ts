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
 * Races the task against a timeout. The task is started first, so a task that settles exactly at
 * the deadline wins. The loser is cleaned up: the timeout timer is cancelled, or the task aborted.
 */
async function withTimeout(
  task: Task,
  timeoutMs: number,
  clock: VirtualClock,
): Promise<RaceResult> {
  const work = task.run();
  const timeout = clock.timer(timeoutMs);
  const outcome = await Promise.race([
    work.then(
      (value): RaceResult => ({ winner: 'task', value }),
      (e: unknown): RaceResult => ({
        winner: 'error',
        message: e instanceof Error ? e.message : String(e),
      }),
    ),
    timeout.promise.then((): RaceResult => ({ winner: 'timeout' })),
  ]);
  if (outcome.winner === 'timeout') task.abort();
  else timeout.cancel();
  return outcome;
}

interface Task {
  run(): Promise<number>;
  abort(): void;
}

type RaceResult =
  { winner: 'task'; value: number } | { winner: 'error'; message: string } | { winner: 'timeout' };

/** Provided harness (do not change): the judge calls this with the test's arguments. */
async function runRequests(requests: number[][], timeoutMs: number) {
  const clock = new VirtualClock();
  const results: (string | number)[][] = requests.map(() => []);
  let aborted = 0;
  async function request(i: number): Promise<void> {
    const [startAt, durationMs, fails] = requests[i]!;
    await clock.sleep(startAt!);
    let work: { promise: Promise<void>; cancel: () => void } | null = null;
    let abortedThis = false;
    const task: Task = {
      run: async () => {
        work = clock.timer(durationMs!);
        await work.promise;
        if (fails) throw new Error(`backend ${i} failed`);
        return i;
      },
      abort: () => {
        if (abortedThis) return;
        abortedThis = true;
        aborted++;
        work?.cancel();
      },
    };
    const r = await withTimeout(task, timeoutMs, clock);
    const at = clock.now;
    results[i] =
      r.winner === 'task'
        ? ['task', r.value, at]
        : r.winner === 'error'
          ? ['error', r.message, at]
          : ['timeout', at];
  }
  await clock.run(() => Promise.all(requests.map((_, i) => request(i))));
  return { results, aborted, leakedTimers: clock.pendingTimers() };
}
