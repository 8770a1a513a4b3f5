function scheduleTasks(
  tasks: (string | number)[][],
  k: number,
): { makespan: number; order: string[] } {
  // Your code here.
  return { makespan: 0, order: [] };
}
