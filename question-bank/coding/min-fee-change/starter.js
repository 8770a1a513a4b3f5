/**
 * @param {number[]} packs sizes of the credit packs on sale (unlimited of each)
 * @param {number} amount the exact number of credits to buy
 * @returns {number} the fewest packs summing to amount, or -1 if impossible
 */
function fewestPacks(packs, amount) {
  return null;
}
