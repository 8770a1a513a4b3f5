/** A binary min-heap of strings in code-unit order. */
class MinHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: string): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as string) <= item) break;
      items[i] = items[parent] as string;
      i = parent;
    }
    items[i] = item;
  }

  pop(): string {
    const items = this.items;
    const top = items[0] as string;
    const last = items.pop() as string;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child =
          right < items.length && (items[right] as string) < (items[left] as string) ? right : left;
        if ((items[child] as string) >= last) break;
        items[i] = items[child] as string;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/**
 * Kahn's algorithm with a min-heap as the ready queue, so the smallest buildable package is
 * always taken next. If some packages never become ready, they sit on a cycle. O((V + E) log V).
 */
export function buildOrder(deps: Record<string, string[]>): string[] {
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const register = (name: string) => {
    if (!waitingOn.has(name)) {
      waitingOn.set(name, 0);
      dependents.set(name, []);
    }
  };
  for (const pkg of Object.keys(deps)) {
    register(pkg);
    for (const dep of new Set(deps[pkg])) {
      register(dep);
      waitingOn.set(pkg, (waitingOn.get(pkg) as number) + 1);
      (dependents.get(dep) as string[]).push(pkg);
    }
  }
  const ready = new MinHeap();
  for (const [name, count] of waitingOn) if (count === 0) ready.push(name);
  const order: string[] = [];
  while (ready.size > 0) {
    const pkg = ready.pop();
    order.push(pkg);
    for (const next of dependents.get(pkg) as string[]) {
      const left = (waitingOn.get(next) as number) - 1;
      waitingOn.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return order.length === waitingOn.size ? order : [];
}
