/** A binary heap ordered by `before(a, b)`: true when a must sit above b. */
class Heap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(value: number): void {
    const items = this.items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent] ?? value;
      if (!this.before(value, above)) break;
      items[i] = above;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const leftValue = items[left] ?? last;
      const rightValue = items[right];
      const child = rightValue !== undefined && this.before(rightValue, leftValue) ? right : left;
      const childValue = items[child] ?? last;
      if (!this.before(childValue, last)) break;
      items[i] = childValue;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

export class LatencyMedian {
  /** The smaller half, largest on top; holds the extra value when the count is odd. */
  private readonly lower = new Heap((a, b) => a > b);
  /** The larger half, smallest on top. */
  private readonly upper = new Heap((a, b) => a < b);

  addNum(ms: number): void {
    const lowerTop = this.lower.peek();
    if (lowerTop === undefined || ms <= lowerTop) this.lower.push(ms);
    else this.upper.push(ms);
    if (this.lower.size > this.upper.size + 1) this.upper.push(this.lower.pop() ?? ms);
    else if (this.upper.size > this.lower.size) this.lower.push(this.upper.pop() ?? ms);
  }

  findMedian(): number | null {
    const lowerTop = this.lower.peek();
    if (lowerTop === undefined) return null;
    if (this.lower.size > this.upper.size) return lowerTop;
    return (lowerTop + (this.upper.peek() ?? lowerTop)) / 2;
  }
}
