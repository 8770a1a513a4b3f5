import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadBank } from '../../../server/src/bank/loadBank';
import { loadConfig } from '../../../server/src/config/loadConfig';
import { createApp, type App } from '../../../server/src/createApp';
import { createJudge, type Judge } from '../../../server/src/judge';
import { createAuthLimits } from '../../../server/src/auth/authLimits';
import { createLogger } from '../../../server/src/logger';
import { openStore } from '../../../server/src/store/openStore';
import type { Store } from '../../../server/src/store/port';
import { REPO_ROOT } from '../helpers/startTestServer';

/** The small fixture bank: two coding, two behavioral and one system-design question. */
export const SMALL_BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');

/** Practice time a test moves by hand instead of waiting for it. */
export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function createTestClock(start = Date.now()): TestClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface ApiAnswer<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in guest calling the REST API. */
export interface Caller {
  cookie: string;
  call<T = unknown>(method: string, route: string, body?: unknown): Promise<ApiAnswer<T>>;
}

export interface PracticeServer {
  app: App;
  store: Store;
  judge: Judge;
  url: string;
  clock: TestClock;
  dataDir: string;
  guest(displayName?: string): Promise<Caller>;
  /** The same person (their cookie) calling this server, e.g. after a restart. */
  caller(cookie: string): Caller;
  /** Moves the clock and lets the timers act on it; resolves once due rounds are closed. */
  advance(ms: number): Promise<void>;
  /** Closes this server but keeps its data, then starts a new one on the same data dir. */
  restart(): Promise<PracticeServer>;
  stop(): Promise<void>;
}

/**
 * The real app (real SQLite file, real judge workers) on port 0 with a movable practice clock.
 * Unlike `startTestServer`, it can restart on the same data dir.
 */
export async function startPracticeServer(
  options: { dataDir?: string; clock?: TestClock; bankDir?: string } = {},
): Promise<PracticeServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-practice-'));
  const clock = options.clock ?? createTestClock();
  const bankDir = options.bankDir ?? SMALL_BANK;
  const config = loadConfig(
    { DATA_DIR: dataDir, QUESTION_BANK_DIR: bankDir, LOG_LEVEL: 'silent', PORT: '0' },
    REPO_ROOT,
  );
  const log = createLogger(config.logLevel);
  const bank = await loadBank(config.questionBankDir);
  const store = await openStore(config);
  const judge = createJudge({ concurrency: 2, lazy: true });
  const authLimits = createAuthLimits({ scale: 1000 });
  const app = createApp({ config, log, bank, store, judge, authLimits, clock });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  await app.timersResumed;
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  function caller(cookie: string): Caller {
    return {
      cookie,
      async call<T>(method: string, route: string, body?: unknown) {
        const answer = await fetch(`${url}${route}`, {
          method,
          headers: {
            cookie,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: answer.status, body: (await answer.json()) as T, headers: answer.headers };
      },
    };
  }

  async function close(): Promise<void> {
    await app.close();
    await judge.close();
    await store.close();
  }

  return {
    app,
    store,
    judge,
    url,
    clock,
    dataDir,
    caller,
    async guest(displayName = 'Practising guest') {
      const res = await fetch(`${url}/api/auth/guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName }),
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (res.status !== 201 || !cookie) throw new Error(`guest sign-in failed: ${res.status}`);
      return caller(cookie);
    },
    async advance(ms) {
      clock.advance(ms);
      await app.practice.timers.checkDue();
      await app.practice.idle();
    },
    async restart() {
      await close();
      return startPracticeServer({ dataDir, clock, bankDir });
    },
    async stop() {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
