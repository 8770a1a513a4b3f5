import { loadBank } from './bank/loadBank';
import { loadConfig } from './config/loadConfig';
import { createApp } from './createApp';
import { judgeFromConfig } from './judge/judgeFromConfig';
import { exitOnSignals } from './exitOnSignals';
import { createLogger } from './logger';
import { createRedisServices } from './redis/createRedisServices';
import { redisDeadlineClaims } from './redis/redisDeadlineClaims';
import { openStore } from './store/openStore';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // An invalid bank throws a BankError naming every file and field: main() prints it, exits 1.
  const bank = await loadBank(config.questionBankDir, config.teamBankDirs);
  const store = await openStore(config);
  log.info({ store: store.description }, 'store opened');
  const judge = judgeFromConfig(config, bank, log);
  const redis = config.redisUrl ? createRedisServices(config.redisUrl, log) : undefined;
  if (redis) log.info('sharing sockets, limits and revocations through Redis');
  const app = createApp({
    config,
    log,
    bank,
    store,
    judge,
    ...(redis ? { redis, deadlineClaims: redisDeadlineClaims(redis.command, log) } : {}),
  });

  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, dataDir: config.dataDir }, `MockLoop is serving http://localhost:${port}`);

  exitOnSignals(log, {
    what: 'MockLoop',
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    stop: () =>
      app
        .close()
        .then(() => judge.close())
        .then(() => redis?.close())
        // Flush pending event batches even when closing the rest failed.
        .finally(() => store.close()),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
