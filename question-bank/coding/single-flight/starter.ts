class SingleFlight {
  /**
   * Runs `fn` for `key` unless a call for `key` is already in flight, in which case it waits for
   * that one. Resolves with the value and whether more than one caller received it.
   */
  async do<T>(key: string, fn: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
    return { value: await fn(), shared: false };
  }

  /** The next `do(key)` starts a new flight, even if one is still running. */
  forget(key: string): void {}
}

type Action = ['do' | 'ok' | 'fail' | 'forget', string];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many steps to run. */
  steps: number;
  /** Actions per step. */
  actionsPerStep: number;
  /** Keys are `k0` … `k<keys - 1>`. */
  keys: number;
}

/**
 * Provided harness (do not change): the judge calls this. It runs the steps in order; within a
 * step the actions run synchronously, then the harness lets pending promise callbacks run before
 * the next step. `["do", key]` is a new caller: `group.do(key, fetch)`, where `fetch()` starts a
 * backend call (numbered 1, 2, … over the whole run) that stays pending until `["ok", key]` or
 * `["fail", key]` settles the oldest pending backend call for that key (with the value
 * `"<key>:<n>"` or an `Error("<key>:<n> failed")`; nothing happens if there is none).
 * `["forget", key]` calls `group.forget(key)`. Each caller's outcome is `"<step> <value>
 * shared|alone"`, `"<step> error <message>"` or `"pending"`, where `<step>` is the step during
 * which its promise settled. With a `Load` the actions are generated (`ok` and `fail` pick a key
 * with a pending backend call) and a summary is returned.
 */
async function runSingleFlight(script: Action[][] | Load) {
  const group = new SingleFlight();
  const pending = new Map<string, ((ok: boolean) => void)[]>();
  // One entry per pending backend call: load tests settle a random pending call's key.
  const open: string[] = [];
  const outcomes: string[] = [];
  let backendCalls = 0;
  let step = 0;
  const fetcher = (key: string) => (): Promise<string> => {
    const id = ++backendCalls;
    return new Promise<string>((resolve, reject) => {
      const list = pending.get(key) ?? [];
      list.push((ok) => (ok ? resolve(`${key}:${id}`) : reject(new Error(`${key}:${id} failed`))));
      pending.set(key, list);
      open.push(key);
    });
  };
  const act = ([kind, key]: Action): void => {
    if (kind === 'do') {
      const index = outcomes.push('pending') - 1;
      group.do(key, fetcher(key)).then(
        ({ value, shared }) => {
          outcomes[index] = `${step} ${value} ${shared ? 'shared' : 'alone'}`;
        },
        (error: unknown) => {
          outcomes[index] =
            `${step} error ${error instanceof Error ? error.message : String(error)}`;
        },
      );
    } else if (kind === 'forget') {
      group.forget(key);
    } else {
      pending.get(key)?.shift()?.(kind === 'ok');
    }
  };
  let seed = Array.isArray(script) ? 0 : script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const steps = Array.isArray(script) ? script.length : script.steps;
  for (step = 0; step < steps; step++) {
    if (Array.isArray(script)) script[step]!.forEach(act);
    else {
      for (let i = 0; i < script.actionsPerStep; i++) {
        const roll = random();
        const kind = roll < 0.55 ? 'do' : roll < 0.8 ? 'ok' : roll < 0.9 ? 'fail' : 'forget';
        let key = `k${Math.floor(random() * script.keys)}`;
        if ((kind === 'ok' || kind === 'fail') && open.length > 0) {
          const i = Math.floor(random() * open.length);
          key = open[i]!;
          open[i] = open[open.length - 1]!;
          open.pop();
        }
        act([kind, key]);
      }
    }
    for (let turn = 0; turn < 50; turn++) await undefined;
  }
  if (Array.isArray(script)) return { outcomes, backendCalls };
  const counts: Record<string, number> = {};
  let checksum = 2166136261;
  for (const outcome of outcomes) {
    const kind = outcome.split(' ').at(-1)!;
    counts[kind] = (counts[kind] ?? 0) + 1;
    for (let c = 0; c < outcome.length; c++) {
      checksum = Math.imul(checksum ^ outcome.charCodeAt(c), 16777619) >>> 0;
    }
  }
  return { counts, backendCalls, checksum };
}
