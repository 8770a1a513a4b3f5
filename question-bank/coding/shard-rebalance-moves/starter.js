/**
 * @param {Record<string, number[]>} shards shard numbers per node
 * @param {string[]} nodes nodes that stay
 * @param {string[]} draining nodes to empty
 * @returns {[number, string, string][]} moves as [shard, from, to]
 */
function rebalance(shards, nodes, draining) {
  // Your code here.
  return [];
}
