type Span = [string, string | null, number, number];

interface Node {
  id: string;
  start: number;
  end: number;
  children: Node[];
  time: number;
}

/** Max-heap of children by start descending, then id ascending: the tie-break of step 2. */
class ByLatestStart {
  private readonly items: Node[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Node | undefined {
    return this.items[0];
  }

  private above(a: Node, b: Node): boolean {
    return a.start > b.start || (a.start === b.start && a.id < b.id);
  }

  push(node: Node): void {
    const h = this.items;
    let i = h.push(node) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(node, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = node;
  }

  pop(): Node | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && this.above(h[l + 1]!, h[l]!) ? l + 1 : l;
      if (!this.above(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

function walk(span: Node, until: number): void {
  // Children by end descending, then start descending, then id: the pick order when e = end.
  const sorted = span.children;
  const running = new ByLatestStart();
  let next = 0;
  let t = until;
  for (;;) {
    while (next < sorted.length && sorted[next]!.end >= t) running.push(sorted[next++]!);
    while (running.size > 0 && running.peek()!.start >= t) running.pop();
    let pick: Node;
    let e: number;
    if (running.size > 0) {
      pick = running.pop()!;
      e = t;
    } else if (next < sorted.length) {
      pick = sorted[next++]!;
      e = pick.end;
    } else {
      span.time += t - span.start;
      return;
    }
    span.time += t - e;
    walk(pick, e);
    t = pick.start;
  }
}

/**
 * Walks the trace from the root's end backwards. Per span, children are sorted once and the
 * "still running at t" ones sit in a heap, so each child is handled O(log c) times: O(n log n).
 */
export function criticalPath(spans: Span[]): [string, number][] {
  const nodes = new Map<string, Node>();
  for (const [id, , start, end] of spans) nodes.set(id, { id, start, end, children: [], time: 0 });
  let root: Node | undefined;
  for (const [id, parentId] of spans) {
    const node = nodes.get(id)!;
    if (parentId === null) root = node;
    else nodes.get(parentId)!.children.push(node);
  }
  for (const node of nodes.values()) {
    node.children.sort(
      (a, b) => b.end - a.end || b.start - a.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
  if (root) walk(root, root.end);
  return [...nodes.values()]
    .filter((n) => n.time > 0)
    .sort((a, b) => b.time - a.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n): [string, number] => [n.id, n.time]);
}
