/**
 * For each host, in the order hosts first appear, the longest valid Retry-After delay (whole
 * seconds) among its responses, or null if none of its values is valid.
 */
function hostPauses(responses: [string, string][], nowMs: number): [string, number | null][] {
  // Your code here.
  return [];
}
