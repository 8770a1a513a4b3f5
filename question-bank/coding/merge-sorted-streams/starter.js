/**
 * @param {number[]} primary sorted event times from the primary
 * @param {number[]} replica sorted event times from the replica
 * @returns {number[]} all event times, sorted
 */
function mergeTimelines(primary, replica) {
  // Your code here.
  return [];
}
