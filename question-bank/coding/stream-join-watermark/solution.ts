type Side = 'L' | 'R';

interface Stored {
  t: number;
  id: string;
  forgotten: boolean;
}

/** One key's stored events of one side, sorted by (t, arrival); forgotten ones form a prefix. */
interface KeyList {
  items: Stored[];
  head: number;
}

/** Binary min-heap of stored events by t: the order in which a side's events are forgotten. */
class ByTime {
  private readonly items: [Stored, KeyList][] = [];

  peek(): [Stored, KeyList] | undefined {
    return this.items[0];
  }

  push(entry: [Stored, KeyList]): void {
    const h = this.items;
    let i = h.push(entry) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]![0].t <= entry[0].t) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = entry;
  }

  pop(): [Stored, KeyList] | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const c = l + 1 < h.length && h[l + 1]![0].t < h[l]![0].t ? l + 1 : l;
      if (h[c]![0].t >= last[0].t) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/** First index in [from, items.length) whose t is >= t (or > t when `after`). */
function search(items: Stored[], from: number, t: number, after: boolean): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = items[mid]!.t;
    if (x < t || (after && x === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per side: stored events indexed by key (sorted lists, found by binary search) and a min-heap by
 * time for forgetting. Matching costs O(log s + pairs found), forgetting O(log s) per event.
 */
export function intervalJoin(
  stream: string,
  windowMs: number,
  delayMs: number,
): { pairs: [string, string][]; dropped: number; maxStored: number } {
  const watermark = { L: -Infinity, R: -Infinity };
  const byKey = { L: new Map<string, KeyList>(), R: new Map<string, KeyList>() };
  const heaps = { L: new ByTime(), R: new ByTime() };
  const pairs: [string, string][] = [];
  let dropped = 0;
  let stored = 0;
  let maxStored = 0;

  for (const line of stream === '' ? [] : stream.split('\n')) {
    const [sideText, tText, key, id] = line.split(' ') as [string, string, string, string];
    const side = sideText as Side;
    const t = Number(tText);
    const other: Side = side === 'L' ? 'R' : 'L';
    if (t < watermark[side]) {
      dropped++;
      continue;
    }
    const theirs = byKey[other].get(key);
    if (theirs) {
      const start = search(theirs.items, theirs.head, t - windowMs, false);
      for (let i = start; i < theirs.items.length && theirs.items[i]!.t <= t + windowMs; i++) {
        const o = theirs.items[i]!;
        pairs.push(side === 'L' ? [id, o.id] : [o.id, id]);
      }
    }
    if (t + windowMs >= watermark[other]) {
      let mine = byKey[side].get(key);
      if (!mine) byKey[side].set(key, (mine = { items: [], head: 0 }));
      const event = { t, id, forgotten: false };
      mine.items.splice(search(mine.items, mine.head, t, true), 0, event);
      heaps[side].push([event, mine]);
      stored++;
    }
    watermark[side] = Math.max(watermark[side], t - delayMs);
    for (const s of ['L', 'R'] as const) {
      const limit = watermark[s === 'L' ? 'R' : 'L'];
      const heap = heaps[s];
      while (heap.peek() !== undefined && heap.peek()![0].t + windowMs < limit) {
        const [event, list] = heap.pop()!;
        event.forgotten = true;
        stored--;
        while (list.head < list.items.length && list.items[list.head]!.forgotten) list.head++;
      }
    }
    maxStored = Math.max(maxStored, stored);
  }
  return { pairs, dropped, maxStored };
}
