interface ClassSummary {
  requests: number;
  routes: number;
}

interface StatusReport {
  malformed: number;
  classes: Record<string, ClassSummary>;
}

function statusHistogram(log: string): StatusReport {
  // Your code here.
  throw new Error('Not implemented');
}
