/**
 * @param {string[]} events "<txn> acquire <lock>" | "<txn> release <lock>" | "<txn> commit"
 * @returns {{ deadlocks: { event: number, cycle: string[], victim: string }[], waiting: string[] }}
 */
function detectDeadlocks(events) {
  // Your code here.
  return { deadlocks: [], waiting: [] };
}
