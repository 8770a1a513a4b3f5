interface Deadlock {
  event: number;
  cycle: string[];
  victim: string;
}

/**
 * Every waiting transaction waits for exactly one lock, and every lock has one holder, so the
 * wait-for graph has out-degree at most one: a new wait closes a cycle exactly when following
 * "holder of the lock I wait for" from the requester comes back to it. O(chain) per blocked
 * acquire instead of a search of the whole graph.
 */
export function detectDeadlocks(events: string[]): { deadlocks: Deadlock[]; waiting: string[] } {
  const holder = new Map<string, string>(); // lock -> transaction
  const queue = new Map<string, string[]>(); // lock -> FIFO of waiting transactions
  const waitingFor = new Map<string, string>(); // transaction -> lock
  const held = new Map<string, Set<string>>(); // transaction -> locks, in acquisition order
  const born = new Map<string, number>(); // transaction -> index of its first event
  const deadlocks: Deadlock[] = [];

  const locksOf = (txn: string) => {
    let set = held.get(txn);
    if (set === undefined) held.set(txn, (set = new Set()));
    return set;
  };
  const grantNext = (lock: string) => {
    const next = queue.get(lock)?.shift();
    if (next === undefined) {
      holder.delete(lock);
      return;
    }
    holder.set(lock, next);
    waitingFor.delete(next);
    locksOf(next).add(lock);
  };
  const finish = (txn: string) => {
    const lock = waitingFor.get(txn);
    if (lock !== undefined) {
      const q = queue.get(lock)!;
      q.splice(q.indexOf(txn), 1);
      waitingFor.delete(txn);
    }
    for (const l of held.get(txn) ?? []) grantNext(l);
    held.delete(txn);
  };

  events.forEach((line, index) => {
    const [txn, action, lock] = line.split(' ') as [string, string, string?];
    if (!born.has(txn)) born.set(txn, index);
    if (action === 'commit') return finish(txn);
    if (action === 'release') {
      locksOf(txn).delete(lock!);
      return grantNext(lock!);
    }
    const owner = holder.get(lock!);
    if (owner === undefined) {
      holder.set(lock!, txn);
      locksOf(txn).add(lock!);
      return;
    }
    if (!queue.has(lock!)) queue.set(lock!, []);
    queue.get(lock!)!.push(txn);
    waitingFor.set(txn, lock!);
    const cycle = [txn];
    for (let cur: string | undefined = owner; cur !== txn;) {
      cycle.push(cur);
      const next: string | undefined = waitingFor.get(cur);
      if (next === undefined) return;
      cur = holder.get(next);
      if (cur === undefined) return;
    }
    let victim = txn;
    for (const t of cycle) if (born.get(t)! > born.get(victim)!) victim = t;
    deadlocks.push({ event: index, cycle, victim });
    finish(victim);
  });
  return { deadlocks, waiting: [...waitingFor.keys()].sort() };
}
