/**
 * @param {(string | number)[][]} tasks [name, duration, ...dependsOn]
 * @param {number} k runners
 * @returns {{ makespan: number, order: string[] }}
 */
function scheduleTasks(tasks, k) {
  // Your code here.
  return { makespan: 0, order: [] };
}
