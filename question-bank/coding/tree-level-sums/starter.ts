function levelSums(tree: (number | null)[]): number[] {
  throw new Error('Not implemented');
}
