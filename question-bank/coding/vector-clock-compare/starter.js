/**
 * @param {string[]} events "<node> local" | "<node> send <msg>" | "<node> recv <msg>"
 * @param {number[][]} queries pairs [a, b] of event indices
 * @returns {string[]} "same" | "before" | "after" | "concurrent" per query
 */
function compareEvents(events, queries) {
  // Your code here.
  return queries.map(() => 'concurrent');
}
