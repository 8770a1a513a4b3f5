/**
 * @param {[string, number][][]} series one list of [le, cumulativeCount] per instance
 * @param {number[]} qs quantiles, 0 < q <= 1
 * @returns {(number | null)[]}
 */
function histogramQuantiles(series, qs) {
  // Your code here.
  return qs.map(() => null);
}
