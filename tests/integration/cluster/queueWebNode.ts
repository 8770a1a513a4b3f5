import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadBank } from '../../../server/src/bank/loadBank';
import type { QuestionBank } from '../../../server/src/bank/types';
import { loadConfig } from '../../../server/src/config/loadConfig';
import { createApp } from '../../../server/src/createApp';
import {
  createQueueJudge,
  type QueueJudgeOptions,
} from '../../../server/src/judge/queue/createQueueJudge';
import type { Judge } from '../../../server/src/judge';
import { createLogger } from '../../../server/src/logger';
import { openStore } from '../../../server/src/store/openStore';

export interface QueueWebNode {
  url: string;
  bank: QuestionBank;
  judge: Judge;
  /** Signs in a new guest and returns its `Cookie` header value. */
  guestCookie(): Promise<string>;
  stop(): Promise<void>;
}

/** The real app on port 0 with `JUDGE_MODE=queue`: it judges nothing itself. */
export async function startQueueWebNode(
  env: { REDIS_URL: string; QUESTION_BANK_DIR: string },
  judgeOptions: Partial<QueueJudgeOptions> = {},
): Promise<QueueWebNode> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-queue-'));
  const config = loadConfig({
    ...env,
    JUDGE_MODE: 'queue',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const log = createLogger(config.logLevel);
  const bank = await loadBank(config.questionBankDir);
  const store = await openStore(config);
  const judge = createQueueJudge({ redisUrl: env.REDIS_URL, bank, log, ...judgeOptions });
  const app = createApp({ config, log, bank, store, judge });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    bank,
    judge,
    async guestCookie() {
      const res = await fetch(`${url}/api/auth/guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: 'Queue tester' }),
      });
      const setCookie = res.headers.get('set-cookie');
      if (res.status !== 201 || !setCookie) throw new Error(`guest sign-in failed: ${res.status}`);
      return setCookie.split(';')[0]!;
    },
    async stop() {
      await app.close();
      await judge.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
