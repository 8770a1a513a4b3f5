import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatMargins, MARGIN_TARGETS, measureMargins } from '../src/bank/check/measureMargins';
import { loadBank } from '../src/bank/loadBank';
import { createJudge } from '../src/judge';
import { runScript } from './runScript';

const USAGE = `Usage: npm run bank:margins -- [--bank <dir>] [--only <id>[,<id>...]] [--lift <n>]

Judges each coding question's reference solution and slower fixtures one at a time with the CPU
limit lifted n times (default 8) and prints their slowest case as a multiple of the real limit.
Run it on a quiet machine when you set cpuTimeLimitMs: the reference should stay at or under
${MARGIN_TARGETS.referenceAtMost}x and every slower fixture at or over ${MARGIN_TARGETS.slowAtLeast}x, or bank:check becomes
flaky on busy or idle machines. Exits 1 when a question misses a target.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      bank: { type: 'string' },
      only: { type: 'string' },
      lift: { type: 'string', default: '8' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const lift = Number(values.lift);
  if (!Number.isInteger(lift) || lift < 2 || lift > 20)
    throw new Error('--lift takes a whole number from 2 to 20');
  const bank = await loadBank(
    path.resolve(values.bank ?? process.env.QUESTION_BANK_DIR ?? 'question-bank'),
  );
  const ids = values.only
    ? values.only.split(',').map((id) => id.trim())
    : bank.list({ kind: 'coding', limit: 500 }).items.map((q) => q.id);
  const judge = createJudge({ concurrency: 1, totalTimeMs: 60_000 });
  try {
    const rows = await measureMargins(bank, judge, ids, lift);
    console.log(formatMargins(rows));
    return rows.every((r) => r.ok) ? 0 : 1;
  } finally {
    await judge.close();
  }
}

runScript(main, 1);
