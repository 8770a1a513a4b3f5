class MinStack {
  constructor(initial: number[] = []) {}

  push(value: number): void {}

  pop(): number | null {
    throw new Error('Not implemented');
  }

  top(): number | null {
    throw new Error('Not implemented');
  }

  getMin(): number | null {
    throw new Error('Not implemented');
  }
}
