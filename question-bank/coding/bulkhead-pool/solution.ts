interface Compartment {
  running: number;
  /** Callbacks that start a waiting task, oldest first; `head` skips the ones already started. */
  waiting: (() => void)[];
  head: number;
}

/**
 * One compartment per key: a running count and a FIFO of waiting tasks. A finished task (success
 * or failure) frees its slot and starts the oldest waiter of its own key, so a waiting caller
 * costs nothing until it is its turn.
 */
class Bulkhead {
  private readonly compartments = new Map<string, Compartment>();

  constructor(
    private readonly limits: Record<string, number>,
    private readonly defaultLimit: number,
    private readonly maxQueue: number,
  ) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let c = this.compartments.get(key);
    if (c === undefined) {
      c = { running: 0, waiting: [], head: 0 };
      this.compartments.set(key, c);
    }
    const compartment = c;
    const limit = Object.hasOwn(this.limits, key) ? this.limits[key]! : this.defaultLimit;
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        compartment.running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            compartment.running--;
            if (compartment.head < compartment.waiting.length) {
              compartment.waiting[compartment.head++]!();
            }
          });
      };
      if (compartment.running < limit) start();
      else if (compartment.waiting.length - compartment.head < this.maxQueue) {
        compartment.waiting.push(start);
      } else reject(new Error(`bulkhead full: ${key}`));
    });
  }
}

type Action = ['run' | 'ok' | 'fail', string];

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
 * Provided harness (do not change): the judge calls this. It builds
 * `new Bulkhead(limits, defaultLimit, maxQueue)` and runs the steps in order; within a step the
 * actions run synchronously, then the harness lets pending promise callbacks run before the next
 * step. `["run", key]` is a new caller: `bulkhead.run(key, task)`, where `task()` starts a call
 * (numbered 1, 2, … in the order tasks start) that stays pending until `["ok", key]` or
 * `["fail", key]` settles the oldest unsettled started call of that key (value `"<n>"` or
 * `Error("call <n> failed")`; nothing happens if there is none). Each caller's outcome is
 * `"started <step> done <step> <value>"`, `"started <step> error <step> <message>"`,
 * `"rejected <step> <message>"` (the bulkhead refused it), `"started <step> pending"` or
 * `"waiting"`. With a `Load` the actions are generated (`ok` and `fail` pick a key with a
 * started call) and a summary is returned.
 */
async function runBulkhead(
  limits: Record<string, number>,
  defaultLimit: number,
  maxQueue: number,
  script: Action[][] | Load,
) {
  const bulkhead = new Bulkhead(limits, defaultLimit, maxQueue);
  const started = new Map<string, ((ok: boolean) => void)[]>();
  const open: string[] = [];
  const outcomes: string[] = [];
  let calls = 0;
  let step = 0;
  const act = ([kind, key]: Action): void => {
    if (kind === 'run') {
      const index = outcomes.push('waiting') - 1;
      const task = (): Promise<string> => {
        const id = ++calls;
        outcomes[index] = `started ${step} pending`;
        return new Promise<string>((resolve, reject) => {
          const list = started.get(key) ?? [];
          list.push((ok) => (ok ? resolve(String(id)) : reject(new Error(`call ${id} failed`))));
          started.set(key, list);
          open.push(key);
        });
      };
      const startedAt = (): string => outcomes[index]!.split(' ').slice(0, 2).join(' ');
      bulkhead.run(key, task).then(
        (value) => {
          outcomes[index] = `${startedAt()} done ${step} ${String(value)}`;
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          outcomes[index] =
            outcomes[index] === 'waiting'
              ? `rejected ${step} ${message}`
              : `${startedAt()} error ${step} ${message}`;
        },
      );
    } else {
      started.get(key)?.shift()?.(kind === 'ok');
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
        const kind = roll < 0.5 ? 'run' : roll < 0.85 ? 'ok' : 'fail';
        let key = `k${Math.floor(random() * script.keys)}`;
        if (kind !== 'run' && open.length > 0) {
          const k = Math.floor(random() * open.length);
          key = open[k]!;
          open[k] = open[open.length - 1]!;
          open.pop();
        }
        act([kind, key]);
      }
    }
    for (let turn = 0; turn < 50; turn++) await undefined;
  }
  if (Array.isArray(script)) return { outcomes, calls };
  const counts: Record<string, number> = {};
  let checksum = 2166136261;
  for (const outcome of outcomes) {
    const kind = outcome.split(' ').find((w) => /^[a-z]+$/.test(w) && w !== 'started') ?? outcome;
    counts[kind] = (counts[kind] ?? 0) + 1;
    for (let c = 0; c < outcome.length; c++) {
      checksum = Math.imul(checksum ^ outcome.charCodeAt(c), 16777619) >>> 0;
    }
  }
  return { counts, calls, checksum };
}
