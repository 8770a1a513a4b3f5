/** 32-bit FNV-1a over UTF-16 code units, exactly as in the prompt. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class HashRing {
  /** @param {number} replicas virtual points per node */
  constructor(replicas) {
    this.replicas = replicas;
  }

  /** @returns {boolean} false if the node is already on the ring */
  addNode(nodeId) {
    return false;
  }

  /** @returns {boolean} true if the node was on the ring */
  removeNode(nodeId) {
    return false;
  }

  /** @returns {string | null} the owner of the key */
  getNode(key) {
    return null;
  }

  /** @returns {string[]} up to n distinct nodes clockwise from the key */
  getNodes(key, n) {
    return [];
  }
}
