function latencyAlerts(
  samples: (number | null)[],
  k: number,
  high: number,
  low: number,
): [number, 'fire' | 'clear'][] {
  // Your code here.
  return [];
}
