type Migration = string[]; // [name, ...explicit dependencies]

/** A binary min-heap of small integers (migration ranks). */
class RankHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(rank: number): void {
    const a = this.items;
    let i = a.length;
    a.push(rank);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= rank) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = rank;
  }

  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= a.length) break;
      if (child + 1 < a.length && a[child + 1]! < a[child]!) child++;
      if (a[child]! >= last) break;
      a[i] = a[child]!;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

function smallest(names: string[]): string | null {
  let best: string | null = null;
  for (const name of names) if (best === null || name < best) best = name;
  return best;
}

/**
 * Checks in the stated order (unknown names, inconsistent history, cycle), then runs Kahn's
 * algorithm over the needed migrations only. Migrations are numbered by their rank in name
 * order, so "smallest ready name" is a min-heap of integers. O((n + e) log n).
 */
export function planMigrations(
  migrations: Migration[],
  applied: string[],
  targets: string[],
): string[] | string {
  // The default sort compares UTF-16 code units, exactly like `<`.
  const names = migrations.map((m) => m[0]!).sort();
  const rank = new Map(names.map((name, i) => [name, i]));
  const missing: string[] = [];
  const require = (name: string) => {
    if (!rank.has(name)) missing.push(name);
  };
  applied.forEach(require);
  targets.forEach(require);
  for (const m of migrations) for (let i = 1; i < m.length; i++) require(m[i]!);
  const unknown = smallest(missing);
  if (unknown !== null) return `unknown: ${unknown}`;

  // deps[r]: ranks this migration depends on, explicit ones plus its app's previous migration.
  const deps: number[][] = names.map(() => []);
  const byApp = new Map<string, { number: number; rank: number }[]>();
  for (const [name, ...explicit] of migrations) {
    const r = rank.get(name!)!;
    for (const d of explicit) deps[r]!.push(rank.get(d)!);
    const dot = name!.indexOf('.');
    const app = name!.slice(0, dot);
    const number = Number(name!.slice(dot + 1, name!.indexOf('_', dot)));
    if (!byApp.has(app)) byApp.set(app, []);
    byApp.get(app)!.push({ number, rank: r });
  }
  for (const list of byApp.values()) {
    list.sort((a, b) => a.number - b.number);
    for (let i = 1; i < list.length; i++) deps[list[i]!.rank]!.push(list[i - 1]!.rank);
  }

  const done = new Uint8Array(names.length);
  for (const name of applied) done[rank.get(name)!] = 1;
  const broken = smallest(applied.filter((n) => deps[rank.get(n)!]!.some((d) => !done[d])));
  if (broken !== null) return `inconsistent: ${broken}`;

  const needed = new Uint8Array(names.length);
  let neededCount = 0;
  const stack = targets.map((t) => rank.get(t)!);
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (done[r] || needed[r]) continue;
    needed[r] = 1;
    neededCount++;
    for (const d of deps[r]!) stack.push(d);
  }

  // waitingOn counts distinct unapplied dependencies; a repeated one must not count twice.
  const waitingOn = new Int32Array(names.length);
  const dependents: number[][] = names.map(() => []);
  const ready = new RankHeap();
  const seenBy = new Int32Array(names.length).fill(-1);
  for (let r = 0; r < names.length; r++) {
    if (!needed[r]) continue;
    for (const d of deps[r]!) {
      if (done[d] || seenBy[d] === r) continue;
      seenBy[d] = r;
      waitingOn[r]!++;
      dependents[d]!.push(r);
    }
    if (waitingOn[r] === 0) ready.push(r);
  }
  const plan: string[] = [];
  while (ready.size > 0) {
    const r = ready.pop();
    plan.push(names[r]!);
    for (const next of dependents[r]!) if (--waitingOn[next]! === 0) ready.push(next);
  }
  return plan.length === neededCount ? plan : 'cycle';
}
