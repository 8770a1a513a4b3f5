/**
 * `npm run bench:cluster`: MockLoop on several nodes, beside one node, in the same run.
 * A benchmark, not a test: nothing here can fail.
 *
 *   rooms   two real node processes on one SQLite file and one Redis; `--rooms` interviews
 *           whose two people sit on the same node, then as many with one person on each node.
 *           Edit-to-peer latency p50/p99 of each, and the ratio (target: cross-node p99 within
 *           2x of same-node).
 *   judge   `measureJudgeThroughput()` from ./judgeThroughput (the judge-queue work): judged
 *           submissions a second with one queue worker, two, and the local pool.
 *
 * Smoke check: `npm run bench:cluster -- --rooms 5 --seconds 3`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, type Shape } from '../realtimeHarness';
import { SMALL_BANK, startNode, startRedis, type Running } from './clusterProcesses';
import { runClusterRooms, type RoomsRun } from './clusterRooms';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '40' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
  },
});
const SHAPE: Shape = {
  rooms: Number(values.rooms),
  seconds: Number(values.seconds),
  rate: Number(values.rate),
};
const TARGET_P99_RATIO = 2;

interface JudgeRow {
  label: string;
  perSecond: number;
}

const line = (cells: string[]) =>
  console.log(
    `${(cells[0] ?? '').padEnd(30)}${(cells[1] ?? '').padStart(12)}${(cells[2] ?? '').padStart(12)}` +
      `${(cells[3] ?? '').padStart(9)}${(cells[4] ?? '').padStart(16)}`,
  );

function reportRooms(same: RoomsRun, cross: RoomsRun | Error): void {
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `Rooms on 2 nodes: ${SHAPE.rooms} rooms x 2 people, ${SHAPE.rate} keystrokes/s for ` +
      `${SHAPE.seconds} s (${os.cpus().length} cores, load ${load}, Node ${process.version})`,
  );
  if (cross instanceof Error) {
    console.log(`cross-node rooms: not measured (${cross.message}); is the fan-out work merged?`);
  }
  const other = cross instanceof Error ? null : cross;
  if (other && other.latencies.length === 0) {
    console.log('cross-node rooms: no edit crossed nodes; is the fan-out work merged?');
  }
  line(['measure', 'cross-node', 'same-node', 'ratio', 'target']);
  for (const p of [50, 99]) {
    const mine = other ? percentile(other.latencies, p) : NaN;
    const base = percentile(same.latencies, p);
    const target = p === 99 ? `<= ${TARGET_P99_RATIO}x` : '';
    line([
      `edit-to-peer p${p} (ms)`,
      mine.toFixed(1),
      base.toFixed(1),
      `${(mine / base).toFixed(2)}x`,
      target,
    ]);
  }
  line([
    'edits delivered',
    `${other?.latencies.length ?? '-'}`,
    `${same.latencies.length}`,
    '',
    `${same.keystrokes}`,
  ]);
  line(['divergent rooms', `${other?.divergent ?? '-'}`, `${same.divergent}`, '', '0']);
}

async function rooms(): Promise<void> {
  const redis = await startRedis();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-bench-cluster-'));
  const env = { DATA_DIR: dataDir, REDIS_URL: redis.url, QUESTION_BANK_DIR: SMALL_BANK };
  const nodes: Running[] = [];
  try {
    // One after the other: the first creates the SQLite file and runs its migrations.
    nodes.push(await startNode(env));
    nodes.push(await startNode(env));
    const [a, b] = nodes.map((node) => node.url) as [string, string];
    const same = await runClusterRooms(SHAPE, a, a);
    const cross = await runClusterRooms(SHAPE, a, b).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    reportRooms(same, cross);
  } finally {
    for (const node of nodes) await node.stop();
    await redis.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function judge(): Promise<void> {
  const file = path.join(import.meta.dirname, 'judgeThroughput.ts');
  if (!fs.existsSync(file)) {
    console.log('judge half: not built yet (server/bench/cluster/judgeThroughput.ts)');
    return;
  }
  const loaded = (await import(file)) as { measureJudgeThroughput: () => Promise<JudgeRow[]> };
  const rows = await loaded.measureJudgeThroughput();
  const base = rows[0]?.perSecond ?? NaN;
  console.log(`Judge throughput (ratios against "${rows[0]?.label ?? '?'}")`);
  line(['setup', 'per second', '', 'ratio', '']);
  for (const row of rows) {
    line([row.label, row.perSecond.toFixed(2), '', `${(row.perSecond / base).toFixed(2)}x`, '']);
  }
}

async function main(): Promise<void> {
  await rooms();
  await judge();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
