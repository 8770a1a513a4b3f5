class SingleFlight {
  /**
   * Runs `fn` for `key` unless a call for `key` is already in flight, in which case it waits for
   * that one. Resolves with the value and whether more than one caller received it.
   * @param {string} key
   * @param {() => Promise<unknown>} fn
   * @returns {Promise<{ value: unknown, shared: boolean }>}
   */
  async do(key, fn) {
    return { value: await fn(), shared: false };
  }

  /** The next `do(key)` starts a new flight, even if one is still running. */
  forget(key) {}
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
 * which its promise settled. With a load `{ seed, steps, actionsPerStep, keys }` the actions are
 * generated (`ok` and `fail` pick a key with a pending backend call) and a summary is returned.
 */

async function runSingleFlight(script) {
  const group = new SingleFlight();
  const pending = /* @__PURE__ */ new Map();
  const open = [];
  const outcomes = [];
  let backendCalls = 0;
  let step = 0;
  const fetcher = (key) => () => {
    const id = ++backendCalls;
    return new Promise((resolve, reject) => {
      const list = pending.get(key) ?? [];
      list.push((ok) => (ok ? resolve(`${key}:${id}`) : reject(new Error(`${key}:${id} failed`))));
      pending.set(key, list);
      open.push(key);
    });
  };
  const act = ([kind, key]) => {
    if (kind === 'do') {
      const index = outcomes.push('pending') - 1;
      group.do(key, fetcher(key)).then(
        ({ value, shared }) => {
          outcomes[index] = `${step} ${value} ${shared ? 'shared' : 'alone'}`;
        },
        (error) => {
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
  const random = () => {
    seed = (seed + 1831565813) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const steps = Array.isArray(script) ? script.length : script.steps;
  for (step = 0; step < steps; step++) {
    if (Array.isArray(script)) script[step].forEach(act);
    else {
      for (let i = 0; i < script.actionsPerStep; i++) {
        const roll = random();
        const kind = roll < 0.55 ? 'do' : roll < 0.8 ? 'ok' : roll < 0.9 ? 'fail' : 'forget';
        let key = `k${Math.floor(random() * script.keys)}`;
        if ((kind === 'ok' || kind === 'fail') && open.length > 0) {
          const i2 = Math.floor(random() * open.length);
          key = open[i2];
          open[i2] = open[open.length - 1];
          open.pop();
        }
        act([kind, key]);
      }
    }
    for (let turn = 0; turn < 50; turn++) await void 0;
  }
  if (Array.isArray(script)) return { outcomes, backendCalls };
  const counts = {};
  let checksum = 2166136261;
  for (const outcome of outcomes) {
    const kind = outcome.split(' ').at(-1);
    counts[kind] = (counts[kind] ?? 0) + 1;
    for (let c = 0; c < outcome.length; c++) {
      checksum = Math.imul(checksum ^ outcome.charCodeAt(c), 16777619) >>> 0;
    }
  }
  return { counts, backendCalls, checksum };
}
