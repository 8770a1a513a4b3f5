import { describe } from 'vitest';
import type { AdapterFactory } from './contractHarness';
import { eventsContract } from './eventsContract';
import { lifecycleContract } from './lifecycleContract';
import { sessionsContract } from './sessionsContract';
import { timedSessionsContract } from './timedSessionsContract';
import { usersContract } from './usersContract';

export type { AdapterFactory } from './contractHarness';

/**
 * The one suite every adapter must pass. `factory` returns a fresh, empty adapter on each call;
 * the suite closes what it opens.
 */
export function describeStoreContract(name: string, factory: AdapterFactory): void {
  describe(`store contract: ${name}`, () => {
    usersContract(factory);
    sessionsContract(factory);
    timedSessionsContract(factory);
    eventsContract(factory);
    lifecycleContract(factory);
  });
}
