import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redisServer';
import { startTestServer, type TestServer } from '../helpers/startTestServer';

/** Why the multi-node suites cannot run here, printed once per process; undefined when they can. */
export const clusterSkipReason: string | undefined = (() => {
  const reason = redisUnavailable();
  if (reason) console.warn(reason);
  return reason;
})();

export interface Cluster {
  redis: RedisServer;
  /** In-process app nodes sharing one SQLite file (WAL) and one Redis. */
  nodes: TestServer[];
  /** The shared data directory (one `mockloop.sqlite`). */
  dataDir: string;
  /** Starts one more node on the same store and Redis (a node that sees rooms late). */
  addNode(): Promise<TestServer>;
  stop(): Promise<void>;
}

/**
 * Debian's redis-server on a free loopback port and `count` app nodes on port 0, each with
 * its own store connection to the same SQLite file, as several nodes on one machine would be.
 */
export async function startCluster(
  count: number,
  env: Record<string, string> = {},
  { productionRateLimits = false }: { productionRateLimits?: boolean } = {},
): Promise<Cluster> {
  const redis = await startRedis();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-cluster-'));
  const nodes: TestServer[] = [];
  const addNode = async () => {
    const node = await startTestServer(
      { ...env, DATA_DIR: dataDir },
      { redisUrl: redis.url, productionRateLimits },
    );
    nodes.push(node);
    return node;
  };
  for (let i = 0; i < count; i += 1) await addNode();
  return {
    redis,
    nodes,
    dataDir,
    addNode,
    async stop() {
      for (const node of nodes.splice(0)) await node.stop();
      await redis.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves with `promise`, or rejects naming `what` after `ms` (no cluster test hangs). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
