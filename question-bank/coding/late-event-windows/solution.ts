type Emission = ['fire' | 'retract', string, number, number];

interface Window {
  key: string;
  start: number;
  sum: number;
  fired: boolean;
}

/** Binary min-heap of windows ordered by (start, key): the firing and forgetting order. */
class WindowHeap {
  private readonly items: Window[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Window | undefined {
    return this.items[0];
  }

  private before(a: Window, b: Window): boolean {
    return a.start < b.start || (a.start === b.start && a.key < b.key);
  }

  push(w: Window): void {
    const h = this.items;
    let i = h.push(w) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(w, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = w;
  }

  pop(): Window | undefined {
    const h = this.items;
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
 * Follows the operator's five steps per event. Windows waiting to fire sit in one min-heap and
 * live windows in another, both ordered by (start, key); the watermark only grows, so each window
 * is pushed and popped once per heap. O(n log n).
 */
export function windowedSums(
  stream: string,
  sizeMs: number,
  maxDelayMs: number,
  allowedLatenessMs: number,
): { emitted: Emission[]; dropped: number } {
  const live = new Map<string, Window>();
  const toFire = new WindowHeap();
  const toForget = new WindowHeap();
  const emitted: Emission[] = [];
  let dropped = 0;
  let watermark = -Infinity;

  const fireUpTo = (w: number): void => {
    while (toFire.size > 0 && toFire.peek()!.start + sizeMs <= w) {
      const win = toFire.pop()!;
      win.fired = true;
      emitted.push(['fire', win.key, win.start, win.sum]);
    }
  };

  for (const line of stream === '' ? [] : stream.split('\n')) {
    const [tText, key, valueText] = line.split(' ') as [string, string, string];
    const t = Number(tText);
    const value = Number(valueText);
    const start = Math.floor(t / sizeMs) * sizeMs;
    if (start + sizeMs + allowedLatenessMs <= watermark) {
      dropped++;
      continue;
    }
    const id = `${start}\u0000${key}`;
    let win = live.get(id);
    if (!win) {
      win = { key, start, sum: 0, fired: false };
      live.set(id, win);
      toFire.push(win);
      toForget.push(win);
    }
    const old = win.sum;
    win.sum += value;
    if (win.fired) emitted.push(['retract', key, start, old], ['fire', key, start, win.sum]);
    watermark = Math.max(watermark, t - maxDelayMs);
    fireUpTo(watermark);
    while (toForget.size > 0 && toForget.peek()!.start + sizeMs + allowedLatenessMs <= watermark) {
      const gone = toForget.pop()!;
      live.delete(`${gone.start}\u0000${gone.key}`);
    }
  }
  fireUpTo(Infinity);
  return { emitted, dropped };
}
