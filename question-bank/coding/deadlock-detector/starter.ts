interface Deadlock {
  event: number;
  cycle: string[];
  victim: string;
}

function detectDeadlocks(events: string[]): { deadlocks: Deadlock[]; waiting: string[] } {
  // Your code here.
  return { deadlocks: [], waiting: [] };
}
