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

const ABSENT = -1;

/**
 * One replica: its values by key and its Merkle tree in heap layout (node 1 is the root, the
 * children of node i are 2i and 2i + 1, leaf j is node leaves + j).
 */
class Replica {
  readonly values: Int32Array;
  readonly tree: Uint32Array;

  constructor(
    private readonly leaves: number,
    private readonly keysPerLeaf: number,
  ) {
    this.values = new Int32Array(leaves * keysPerLeaf).fill(ABSENT);
    this.tree = new Uint32Array(2 * leaves);
    for (let node = leaves - 1; node >= 1; node--) this.rehash(node);
  }

  /** Stores `value` (or ABSENT to delete) at `key`; true when that changed anything. */
  set(key: number, value: number): boolean {
    const old = this.values[key]!;
    if (old === value) return false;
    this.values[key] = value;
    const leaf = this.leaves + Math.floor(key / this.keysPerLeaf);
    // A leaf's hash is a sum, so one entry can be swapped without reading the others;
    // the Uint32Array store wraps it modulo 2^32.
    let sum = this.tree[leaf]!;
    if (old !== ABSENT) sum -= hashEntry(key, old);
    if (value !== ABSENT) sum += hashEntry(key, value);
    this.tree[leaf] = sum;
    for (let node = leaf >> 1; node >= 1; node >>= 1) this.rehash(node);
    return true;
  }

  private rehash(node: number): void {
    this.tree[node] = hashNode(this.tree[2 * node]!, this.tree[2 * node + 1]!);
  }
}

/**
 * Two replicas of one key range, each with an incrementally maintained Merkle tree. A write
 * rehashes one leaf and its ancestors (O(log leaves)); `diff` walks down only where the hashes
 * differ, so its cost follows the number of differing leaves, not the size of the range.
 */
class MerkleReplicas {
  private readonly replicas: Record<ReplicaName, Replica>;

  constructor(
    private readonly leaves: number,
    private readonly keysPerLeaf: number,
  ) {
    this.replicas = { A: new Replica(leaves, keysPerLeaf), B: new Replica(leaves, keysPerLeaf) };
  }

  put(replica: ReplicaName, key: number, value: number): void {
    this.replicas[replica].set(key, value);
  }

  remove(replica: ReplicaName, key: number): void {
    this.replicas[replica].set(key, ABSENT);
  }

  rootHash(replica: ReplicaName): number {
    return this.replicas[replica].tree[1]!;
  }

  diff(): [number, number][] {
    const ranges: [number, number][] = [];
    for (const leaf of this.differingLeaves()) {
      const first = leaf * this.keysPerLeaf;
      const last = first + this.keysPerLeaf - 1;
      const previous = ranges[ranges.length - 1];
      if (previous !== undefined && previous[1] + 1 === first) previous[1] = last;
      else ranges.push([first, last]);
    }
    return ranges;
  }

  repair(): number {
    const { A, B } = this.replicas;
    let changed = 0;
    for (const leaf of this.differingLeaves()) {
      const end = (leaf + 1) * this.keysPerLeaf;
      for (let key = leaf * this.keysPerLeaf; key < end; key++) {
        if (B.set(key, A.values[key]!)) changed++;
      }
    }
    return changed;
  }

  /** Leaf indexes (0-based, ascending) that the top-down comparison reaches and finds different. */
  private differingLeaves(): number[] {
    const a = this.replicas.A.tree;
    const b = this.replicas.B.tree;
    const found: number[] = [];
    const visit = (node: number): void => {
      if (a[node] === b[node]) return;
      if (node >= this.leaves) {
        found.push(node - this.leaves);
        return;
      }
      visit(2 * node);
      visit(2 * node + 1);
    };
    visit(1);
    return found;
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
