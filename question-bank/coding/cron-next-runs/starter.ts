function nextRuns(schedule: string, start: string, count: number): string[] {
  throw new Error('Not implemented');
}
