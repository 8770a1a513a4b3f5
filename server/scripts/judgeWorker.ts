/**
 * A judge worker for `JUDGE_MODE=queue`: takes submissions from Redis and judges them here.
 *
 *   REDIS_URL=redis://... [JUDGE_CONCURRENCY=<n>] npm run judge:worker
 *
 * Reads the same configuration as the server (`QUESTION_BANK_DIR`, `QUESTION_BANK_DIRS`,
 * `LOG_LEVEL`); the bank must be the one the web nodes serve. SIGTERM or SIGINT lets running
 * jobs finish, then exits.
 */
import { z } from 'zod';
import { loadBank } from '../src/bank/loadBank';
import { loadConfig } from '../src/config/loadConfig';
import { startJudgeWorker } from '../src/judge/queue/startJudgeWorker';
import { exitOnSignals } from '../src/exitOnSignals';
import { createLogger } from '../src/logger';

const SHUTDOWN_DEADLINE_MS = 30_000;
const ConcurrencySchema = z.coerce.number().int().min(1).max(256).optional();

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redisUrl) throw new Error('judge:worker needs REDIS_URL (the queue lives in Redis)');
  const concurrency = ConcurrencySchema.safeParse(process.env.JUDGE_CONCURRENCY || undefined);
  if (!concurrency.success) throw new Error('JUDGE_CONCURRENCY must be a whole number from 1');
  const log = createLogger(config.logLevel);
  const bank = await loadBank(config.questionBankDir, config.teamBankDirs);
  const worker = await startJudgeWorker({
    redisUrl: config.redisUrl,
    bank,
    log,
    ...(concurrency.data === undefined ? {} : { concurrency: concurrency.data }),
  });

  // Running jobs finish first; a job cut off past the deadline goes to another worker.
  exitOnSignals(log, {
    what: 'judge worker',
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    stop: () => worker.close(),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
