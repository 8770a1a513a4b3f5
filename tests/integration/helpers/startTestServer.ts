import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { io as connectSocket, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@mockloop/shared';
import { loadBank } from '../../../server/src/bank/loadBank';
import { loadConfig, type Config } from '../../../server/src/config/loadConfig';
import { createApp, type App } from '../../../server/src/createApp';
import { createJudge, type Judge } from '../../../server/src/judge';
import { createAuthLimits } from '../../../server/src/auth/authLimits';
import { createLogger, type LogDestination } from '../../../server/src/logger';
import {
  createRedisServices,
  type RedisServices,
} from '../../../server/src/redis/createRedisServices';
import { openStore } from '../../../server/src/store/openStore';
import type { Store } from '../../../server/src/store/port';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  app: App;
  config: Config;
  store: Store;
  judge: Judge;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /**
   * A real socket.io-client connected to this server, closed by `stop()`. Without a `cookie` it
   * first signs in a new guest, since the server accepts only signed-in sockets.
   */
  connect(options?: {
    cookie?: string;
    extraHeaders?: Record<string, string>;
    /** The handshake's `auth` payload; defaults to this build's protocol version. */
    auth?: Record<string, unknown>;
  }): Promise<TestSocket>;
  /** Signs in a new guest over REST and returns its `Cookie` header value. */
  guestCookie(displayName?: string): Promise<string>;
  stop(): Promise<void>;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Boots the real app on port 0 with a fresh temporary data directory (or `env.DATA_DIR`, which
 * it then leaves in place) and the repository's question bank (or `env.QUESTION_BANK_DIR`).
 * Everything it opens, `stop()` closes. Sign-in rate limits are relaxed unless
 * `productionRateLimits` is set; `logDestination` captures the log; `redisUrl` makes it one node
 * of several, sharing sockets, limits and revocations through that Redis.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  {
    productionRateLimits = false,
    logDestination,
    redisUrl,
  }: { productionRateLimits?: boolean; logDestination?: LogDestination; redisUrl?: string } = {},
): Promise<TestServer> {
  const ownsDataDir = env.DATA_DIR === undefined;
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-test-'));
  const config = loadConfig(
    {
      DATA_DIR: dataDir,
      QUESTION_BANK_DIR: path.join(REPO_ROOT, 'question-bank'),
      LOG_LEVEL: 'silent',
      PORT: '0',
      ...env,
    },
    REPO_ROOT,
  );
  const log = createLogger(config.logLevel, logDestination);
  const bank = await loadBank(config.questionBankDir);
  const store = await openStore(config);
  // Workers start on the first submission, so servers that never judge spawn none.
  const judge = createJudge({ concurrency: 2, lazy: true });
  // Suites sign in many users from 127.0.0.1; rate-limit tests ask for the real limits.
  const redis: RedisServices | undefined = redisUrl
    ? createRedisServices(redisUrl, log)
    : undefined;
  const authLimits = createAuthLimits({
    scale: productionRateLimits ? 1 : 1000,
    ...(redis ? { redis: redis.command } : {}),
  });
  const app = createApp({
    config,
    log,
    bank,
    store,
    judge,
    authLimits,
    ...(redis ? { redis } : {}),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const sockets: TestSocket[] = [];

  async function guestCookie(displayName = 'Test guest'): Promise<string> {
    const res = await fetch(`${url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (res.status !== 201 || !setCookie) throw new Error(`guest sign-in failed: ${res.status}`);
    return setCookie.split(';')[0]!;
  }

  return {
    app,
    config,
    store,
    judge,
    url,
    guestCookie,
    async connect(options = {}) {
      const cookie = options.cookie ?? (await guestCookie());
      const socket: TestSocket = connectSocket(url, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: options.auth ?? { protocol: PROTOCOL_VERSION },
        extraHeaders: { cookie, ...options.extraHeaders },
      });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async stop() {
      for (const socket of sockets) socket.close();
      await app.close();
      await judge.close();
      await redis?.close();
      await store.close();
      if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
