/**
 * @param {string} query the query string of a request URL, with or without the leading `?`
 * @returns {Record<string, string | null | (string | null)[]>}
 */
function parseQuery(query) {
  // Your code here.
  return {};
}
