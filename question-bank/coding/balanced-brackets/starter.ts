function findBracketError(template: string): number {
  // Your code here.
  throw new Error('Not implemented');
}
