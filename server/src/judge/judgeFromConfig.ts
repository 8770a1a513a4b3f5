import type { QuestionBank } from '../bank/types';
import type { Config } from '../config/loadConfig';
import type { Logger } from '../logger';
import { createJudge, type Judge } from './createJudge';
import { createQueueJudge } from './queue/createQueueJudge';

/** `JUDGE_MODE=local`: this process's sandbox pool; `queue`: jobs for `npm run judge:worker`. */
export function judgeFromConfig(config: Config, bank: QuestionBank, log: Logger): Judge {
  if (config.judgeMode === 'local') return createJudge();
  if (!config.redisUrl) throw new Error('JUDGE_MODE=queue needs REDIS_URL');
  log.info('judging through the Redis queue (npm run judge:worker)');
  return createQueueJudge({ redisUrl: config.redisUrl, bank, log });
}
