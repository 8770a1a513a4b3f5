/** 32-bit FNV-1a over UTF-16 code units, exactly as in the prompt. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class HashRing {
  constructor(private readonly replicas: number) {}

  /** False if the node is already on the ring. */
  addNode(nodeId: string): boolean {
    return false;
  }

  /** True if the node was on the ring. */
  removeNode(nodeId: string): boolean {
    return false;
  }

  /** The owner of the key, or null for an empty ring. */
  getNode(key: string): string | null {
    return null;
  }

  /** Up to n distinct node ids, in ring order from the key's point. */
  getNodes(key: string, n: number): string[] {
    return [];
  }
}
