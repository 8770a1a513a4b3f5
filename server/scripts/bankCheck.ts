import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBank } from '../src/bank/check/checkBank';
import { formatReport } from '../src/bank/check/formatReport';
import { createJudge } from '../src/judge';
import { runScript } from './runScript';

const USAGE = `Usage: npm run bank:check -- [--bank <dir>] [--only <id>[,<id>...]] [--concurrency <n>] [--json]

Validates every question file, checks the bank rules (question-bank/README.md), and runs every
coding question's reference solutions, starters, trivial wrong answers and fixtures through the
real judge. Exits 1 on any problem.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      bank: { type: 'string' },
      only: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = path.resolve(values.bank ?? process.env.QUESTION_BANK_DIR ?? 'question-bank');
  const workers = Math.max(1, Number(values.concurrency ?? os.availableParallelism()) || 1);
  const judge = createJudge({ concurrency: workers, queueLimit: workers * 4 });
  try {
    const report = await checkBank(dir, {
      judge,
      // Two submissions per worker keep each one busy while the other's result travels back.
      concurrency: workers * 2,
      ...(values.only ? { only: values.only.split(',').map((id) => id.trim()) } : {}),
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await judge.close();
  }
}

runScript(main, 1);
