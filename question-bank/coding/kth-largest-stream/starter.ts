class KthSlowest {
  constructor(k: number, initial: number[] = []) {}

  add(latencyMs: number): number | null {
    throw new Error('Not implemented');
  }
}
