export class MinStack {
  private readonly values: number[] = [];
  /** mins[i] is the minimum of values[0..i]. */
  private readonly mins: number[] = [];

  constructor(initial: number[] = []) {
    for (const value of initial) this.push(value);
  }

  push(value: number): void {
    const below = this.mins[this.mins.length - 1];
    this.values.push(value);
    this.mins.push(below === undefined || value < below ? value : below);
  }

  pop(): number | null {
    this.mins.pop();
    return this.values.pop() ?? null;
  }

  top(): number | null {
    return this.values[this.values.length - 1] ?? null;
  }

  getMin(): number | null {
    return this.mins[this.mins.length - 1] ?? null;
  }
}
