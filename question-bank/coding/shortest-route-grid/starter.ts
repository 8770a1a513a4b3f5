function shortestRoute(floor: string[], start: number[], target: number[]): number {
  throw new Error('Not implemented');
}
