/**
 * @param {string[][]} nodes [name, zone] per node
 * @param {number} shards number of shards to place
 * @param {number} rf replicas per shard
 * @returns {number[]} final load per node, in input order
 */
function placeReplicas(nodes, shards, rf) {
  // Your code here.
  return nodes.map(() => 0);
}
