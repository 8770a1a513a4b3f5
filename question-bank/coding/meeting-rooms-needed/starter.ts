function minWorkers(jobs: number[][]): number {
  // Your code here.
  return 0;
}
