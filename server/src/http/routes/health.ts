import { Router } from 'express';
import type { Judge } from '../../judge';
import type { RedisServices } from '../../redis/createRedisServices';
import type { Store } from '../../store/port';

/** One dependency's state; `detail` says what is wrong. */
export interface HealthCheck {
  ok: boolean;
  detail?: string;
}

export interface HealthDeps {
  store: Store;
  judge: Judge;
  redis?: RedisServices | undefined;
}

// A health check must answer quickly even when a dependency hangs.
const CHECK_TIMEOUT_MS = 1_000;

async function probe(check: () => Promise<HealthCheck>): Promise<HealthCheck> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<HealthCheck>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: 'no answer in time' }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), late]);
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: 503 `{ ok: false, checks: { store, redis?, judge } }` when any check fails, so a
 * load balancer drains a node that lost a dependency; 200 `{ ok: true }` when all pass (the
 * shared contract's answer), with the checks too when asked (`?checks`). The store check is one
 * cheap read.
 */
export function healthRouter({ store, judge, redis }: HealthDeps): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    const [storeCheck, judgeCheck, redisCheck] = await Promise.all([
      probe(async () => {
        await store.getUser('health-check');
        return { ok: true };
      }),
      probe(() => judge.health()),
      redis ? probe(() => redis.ping()) : undefined,
    ]);
    const checks = {
      store: storeCheck,
      ...(redisCheck ? { redis: redisCheck } : {}),
      judge: judgeCheck,
    };
    const ok = Object.values(checks).every((check) => check.ok);
    const detailed = !ok || req.query.checks !== undefined;
    res.status(ok ? 200 : 503).json(detailed ? { ok, checks } : { ok });
  });
  return router;
}
