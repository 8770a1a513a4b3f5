function broadcastTime(n: number, links: number[][], source: number): number {
  throw new Error('Not implemented');
}
