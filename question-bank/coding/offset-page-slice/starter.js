/**
 * @param {number} total rows in the table
 * @param {string} query raw query string, e.g. "page=3&per_page=25"
 * @returns {{ page: number, perPage: number, totalPages: number, offset: number, count: number, bar: (number | string)[] }}
 */
function pageView(total, query) {
  // Your code here.
  return { page: 1, perPage: 20, totalPages: 1, offset: 0, count: 0, bar: [1] };
}
