function countSplits(path: string, segments: string[]): number {
  throw new Error('Not implemented');
}
