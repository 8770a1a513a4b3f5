/**
 * `npm run bench:rounds`: timed practice under load, each figure beside a baseline measured in
 * the same run. A benchmark, not a test: nothing here can fail.
 *
 *   autosave     PUT .../draft round trips over HTTP (p50/p99), against GET /api/health over the
 *                same connection and stack (the floor of an authenticated HTTP round trip)
 *   100 rounds   100 one-minute coding rounds whose deadlines fall in the same second: the time
 *                from the clock passing them until every one is judged, recorded and closed,
 *                against judging the same 100 submissions directly through the judge
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import type { StartPracticeResponse } from '@mockloop/shared';
import { createAuthLimits } from '../src/auth/authLimits';
import { loadBank } from '../src/bank/loadBank';
import { loadConfig } from '../src/config/loadConfig';
import { createApp } from '../src/createApp';
import { createJudge } from '../src/judge';
import { createLogger } from '../src/logger';
import { openStore } from '../src/store/openStore';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');
const AUTOSAVES = 400;
const ROUNDS = 100;
const MINUTE = 60_000;
const SOLVED = 'function countMultiples(n, k) { return Math.floor(n / k); }';
// A realistic draft: a couple of kilobytes of code.
const DRAFT = `${SOLVED}\n${'// thinking about the edge cases here\n'.repeat(50)}`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Runs `tasks` keeping at most `limit` in flight, as the server's round judge does. */
async function pool(limit: number, tasks: (() => Promise<unknown>)[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[(next += 1) - 1]?.();
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-bench-rounds-'));
  let now = Date.now();
  const clock = { now: () => now };
  const config = loadConfig(
    { DATA_DIR: dataDir, QUESTION_BANK_DIR: BANK, LOG_LEVEL: 'silent', PORT: '0' },
    REPO_ROOT,
  );
  const bank = await loadBank(config.questionBankDir);
  const store = await openStore(config);
  const judge = createJudge();
  const log = createLogger('silent');
  const authLimits = createAuthLimits({ scale: 1000 });
  const app = createApp({ config, log, bank, store, judge, authLimits, clock });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  try {
    const guest = await fetch(`${url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Bench' }),
    });
    const cookie = guest.headers.get('set-cookie')?.split(';')[0] ?? '';
    const call = async (method: string, route: string, body?: unknown) => {
      const res = await fetch(`${url}${route}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const json: unknown = await res.json();
      if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status}`);
      return json;
    };
    const start = async (minutes: number) =>
      (
        (await call('POST', '/api/sessions', {
          kind: 'practice',
          rounds: [{ questionId: 'count-multiples', minutes }],
        })) as StartPracticeResponse
      ).session.id;
    const save = (id: string, revision: number, code: string) =>
      call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
        revision,
        draft: { kind: 'coding', language: 'javascript', code },
      });

    // Autosave round trips, interleaved with the floor so both see the same machine load.
    const session = await start(180);
    const saves: number[] = [];
    const floor: number[] = [];
    for (let i = 1; i <= AUTOSAVES; i += 1) {
      saves.push(await timed(() => save(session, i, DRAFT)));
      floor.push(await timed(() => call('GET', '/api/health')));
    }

    // 100 rounds whose deadlines fall in the same second.
    const ids: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const id = await start(1);
      await save(id, 1, SOLVED);
      ids.push(id);
    }
    now += MINUTE + 1_000;
    const closeMs = await timed(async () => {
      await app.practice.timers.checkDue();
      await app.practice.idle();
    });
    const closed = await Promise.all(ids.map((id) => store.getSession(id)));
    const accepted = closed.filter((s) => s?.summary?.questions[0]?.verdict === 'accepted');
    if (accepted.length !== ROUNDS) throw new Error(`${accepted.length} of ${ROUNDS} closed`);

    const question = bank.coding('count-multiples');
    if (!question) throw new Error('count-multiples is missing from the fixture bank');
    const task = { question, language: 'javascript', code: SOLVED, mode: 'submit' } as const;
    const directMs = await timed(() =>
      pool(
        8,
        Array.from({ length: ROUNDS }, () => () => judge.run(task)),
      ),
    );

    const load = os.loadavg()[0]?.toFixed(1) ?? '?';
    console.log(
      `Timed practice (${os.cpus().length} cores, load ${load}, Node ${process.version}, ` +
        `${judge.workers().length} judge workers)`,
    );
    const line = (cells: string[]) =>
      console.log(
        `${(cells[0] ?? '').padEnd(44)}${(cells[1] ?? '').padStart(10)}` +
          `${(cells[2] ?? '').padStart(10)}${(cells[3] ?? '').padStart(10)}`,
      );
    line(['measure (ms)', 'practice', 'baseline', 'ratio']);
    const row = (label: string, mine: number, base: number) =>
      line([label, mine.toFixed(1), base.toFixed(1), `${(mine / base).toFixed(2)}x`]);
    row(
      `autosave round trip p50 (${AUTOSAVES}; vs health)`,
      percentile(saves, 50),
      percentile(floor, 50),
    );
    row(
      `autosave round trip p99 (${AUTOSAVES}; vs health)`,
      percentile(saves, 99),
      percentile(floor, 99),
    );
    row(`judge and close ${ROUNDS} expired rounds (vs judge)`, closeMs, directMs);
  } finally {
    await app.close();
    await judge.close();
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
