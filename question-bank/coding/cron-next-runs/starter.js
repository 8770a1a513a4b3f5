/**
 * @param {string} schedule five fields: minute hour day-of-month month day-of-week
 * @param {string} start an ISO timestamp in UTC on a whole minute, e.g. "2026-03-02T09:20:00.000Z"
 * @param {number} count how many run times to return at most
 * @returns {string[]} run times strictly after start, ascending, in the same ISO format
 */
function nextRuns(schedule, start, count) {
  return [];
}
