function firstUniqueRequest(ids: number[]): number {
  // Your code here.
  throw new Error('Not implemented');
}
