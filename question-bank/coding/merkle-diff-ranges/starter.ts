/** Provided (do not change): the 32-bit finalizer of MurmurHash3. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Provided (do not change): the hash of one stored key and its value. */
function hashEntry(key: number, value: number): number {
  return fmix32(fmix32(key + 1) ^ value);
}

/** Provided (do not change): the hash of an inner node from its children's hashes. */
function hashNode(left: number, right: number): number {
  return fmix32(Math.imul(left, 31) ^ fmix32(right ^ 0x5bd1e995));
}

type ReplicaName = 'A' | 'B';

/** Two replicas of one key range, each with a Merkle tree (see the prompt). */
class MerkleReplicas {
  constructor(leaves: number, keysPerLeaf: number) {}

  /** Replica `replica` stores `value` at `key`. */
  put(replica: ReplicaName, key: number, value: number): void {}

  /** Replica `replica` deletes `key` (nothing happens if it does not store it). */
  remove(replica: ReplicaName, key: number): void {}

  /** The replica's root hash, an unsigned 32-bit integer. */
  rootHash(replica: ReplicaName): number {
    return 0;
  }

  /** `[firstKey, lastKey]` of each run of adjacent differing leaves, in key order. */
  diff(): [number, number][] {
    return [];
  }

  /** Makes B equal to A in every differing leaf; returns how many keys of B changed. */
  repair(): number {
    return 0;
  }
}

type Call = [string, ...(string | number)[]];

interface Load {
  /** Seed of the provided pseudo-random generator. */
  seed: number;
  /** How many operations to generate. */
  calls: number;
}

/**
 * Provided driver (do not change): the judge calls this. With an array it makes those calls on
 * one `new MerkleReplicas(leaves, keysPerLeaf)` and returns every result. With a `Load` it
 * generates that many operations (writes to both replicas, writes one replica misses, deletes,
 * diff, rootHash, repair) and returns sums of the results and a checksum of all of them.
 */
function runReplicas(leaves: number, keysPerLeaf: number, script: Call[] | Load) {
  const replicas = new MerkleReplicas(leaves, keysPerLeaf);
  const call = ([method, ...args]: Call): unknown =>
    (replicas as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
  if (Array.isArray(script)) return script.map(call);
  let seed = script.seed >>> 0;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const keys = leaves * keysPerLeaf;
  const sums = { ranges: 0, changed: 0 };
  let checksum = 2166136261;
  const mix = (n: number): void => {
    checksum = Math.imul(checksum ^ n, 16777619) >>> 0;
  };
  for (let i = 0; i < script.calls; i++) {
    const roll = random();
    const key = Math.floor(random() * keys);
    const one: ReplicaName = random() < 0.5 ? 'A' : 'B';
    if (roll < 0.5) {
      const value = Math.floor(random() * 2147483648);
      replicas.put('A', key, value);
      replicas.put('B', key, value);
    } else if (roll < 0.56) {
      replicas.put(one, key, Math.floor(random() * 2147483648));
    } else if (roll < 0.59) {
      replicas.remove('A', key);
      replicas.remove('B', key);
    } else if (roll < 0.61) {
      replicas.remove(one, key);
    } else if (roll < 0.93) {
      const ranges = replicas.diff();
      sums.ranges += ranges.length;
      mix(ranges.length);
      for (const [first, last] of ranges) {
        mix(first);
        mix(last);
      }
    } else if (roll < 0.97) {
      mix(replicas.rootHash(one));
    } else {
      const changed = replicas.repair();
      sums.changed += changed;
      mix(changed);
    }
  }
  return { sums, checksum };
}
