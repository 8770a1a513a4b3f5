import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@mockloop/shared';
import { loadBank } from '../../../server/src/bank/loadBank';
import { loadConfig, type Config } from '../../../server/src/config/loadConfig';
import { createApp, type App } from '../../../server/src/createApp';
import { createLogger } from '../../../server/src/logger';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  app: App;
  config: Config;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** A real socket.io-client connected to this server; closed by `stop()`. */
  connect(options?: { extraHeaders?: Record<string, string> }): Promise<TestSocket>;
  stop(): Promise<void>;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Boots the real app on port 0 with a fresh temporary data directory and the repository's
 * question bank (or `env.QUESTION_BANK_DIR`). Everything it opens, `stop()` closes.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-test-'));
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
  const log = createLogger(config.logLevel);
  const bank = await loadBank(config.questionBankDir);
  const app = createApp({ config, log, bank });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const sockets: TestSocket[] = [];

  return {
    app,
    config,
    url,
    async connect(options = {}) {
      const socket: TestSocket = connectSocket(url, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
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
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
