function assignWorkers(
  k: number,
  jobs: number[][],
): { jobsPerWorker: number[]; totalWait: number } {
  // Your code here.
  return { jobsPerWorker: new Array<number>(k).fill(0), totalWait: 0 };
}
