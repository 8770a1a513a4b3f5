interface LevelSummary {
  count: number;
  peakMinute: string;
  peakCount: number;
}

function levelCounts(log: string): { skipped: number; levels: Record<string, LevelSummary> } {
  // Your code here.
  return { skipped: 0, levels: {} };
}
