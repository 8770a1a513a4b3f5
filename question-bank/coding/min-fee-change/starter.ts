function fewestPacks(packs: number[], amount: number): number {
  throw new Error('Not implemented');
}
