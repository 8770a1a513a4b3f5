function editDistance(before: string, after: string): number {
  throw new Error('Not implemented');
}
