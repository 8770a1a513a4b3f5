class LatencyMedian {
  addNum(ms: number): void {}

  findMedian(): number | null {
    throw new Error('Not implemented');
  }
}
