import type { Command, Redis } from 'ioredis';
import type { Logger } from '../logger';
import { connectRedis } from './connectRedis';

/** How long a health check waits for PING before calling Redis down. */
const PING_TIMEOUT_MS = 500;

/**
 * What the app takes from `REDIS_URL`, built once per process (`server/src/index.ts`) and
 * passed through `AppDeps`; absent, the app is a single process with nothing shared.
 */
export interface RedisServices {
  /** Commands (rate limits, health): fails fast while Redis is away. */
  command: Redis;
  /**
   * Waits for Redis to come back: the Socket.IO streams adapter's connection (it duplicates it
   * for its blocking reads) and the writer of relayed document updates.
   */
  adapter: Redis;
  /** Blocked in XREAD on the relayed document updates; used for nothing else. */
  relayReader: Redis;
  /** PING answered within a short time; `detail` says why not. */
  ping(): Promise<{ ok: boolean; detail?: string }>;
  /** Closes every connection built here. */
  close(): Promise<void>;
}

/** How long closing waits for a reconnecting connection before dropping what it queued. */
const CLOSE_WAIT_MS = 3_000;

/** Whether `redis` is (or within `ms` becomes) ready. */
async function readyWithin(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return true;
  if (redis.status === 'end') return false;
  let timer: NodeJS.Timeout | undefined;
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => redis.once('ready', () => resolve(true))),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return ready;
}

/**
 * ioredis rejects every command still queued when a connection closes ("Connection is closed").
 * The streams adapter drops the promises of some of its commands (PUBLISH for `fetchSockets`,
 * XADD for broadcasts, on its own connection and the ones it duplicates), and a health ping
 * that lost its race has nobody listening either: each would be an unhandled rejection at
 * shutdown or while Redis is away. This hands every command a handler; a caller that awaits it
 * still sees the error.
 */
function handleDroppedCommands(redis: Redis, log: Logger): Redis {
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (command: Command, stream?: Parameters<Redis['sendCommand']>[1]) => {
    command.promise.catch((error: unknown) => {
      log.debug({ err: error, command: command.name }, 'a Redis command failed');
    });
    return send(command, stream);
  };
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (override) => handleDroppedCommands(duplicate(override), log);
  return redis;
}

/** Opens the connections of one node to the Redis at `url`. */
export function createRedisServices(url: string, log: Logger): RedisServices {
  const command = handleDroppedCommands(connectRedis(url, log, 'command'), log);
  const adapter = handleDroppedCommands(connectRedis(url, log, 'blocking'), log);
  const relayReader = handleDroppedCommands(connectRedis(url, log, 'blocking'), log);
  return {
    command,
    adapter,
    relayReader,
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('no answer to PING')), PING_TIMEOUT_MS);
      });
      try {
        await Promise.race([command.ping(), timeout]);
        return { ok: true };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : 'unreachable' };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      // A blocked XREAD would hold quit() back for seconds; the reader has nothing to flush.
      relayReader.disconnect();
      // quit() waits for replies in flight; disconnect() when Redis is gone and quit would hang.
      await Promise.all(
        [command, adapter].map(async (redis) => {
          // Reconnecting (Redis just restarted): let queued commands go out rather than fail.
          if (await readyWithin(redis, CLOSE_WAIT_MS)) await redis.quit();
          else redis.disconnect();
        }),
      );
    },
  };
}
