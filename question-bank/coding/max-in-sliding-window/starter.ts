function windowPeaks(readings: number[], k: number): number[] {
  throw new Error('Not implemented');
}
