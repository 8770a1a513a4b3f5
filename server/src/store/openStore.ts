import type { Config } from '../config/loadConfig';
import { createStore } from './createStore';
import type { Store } from './port';
import { openSqliteAdapter } from './sqlite/openSqliteAdapter';

export type { Store } from './port';

/**
 * Opens the one store the process uses, chosen once: MongoDB when `MONGODB_URI` is set, else
 * the embedded SQLite file under `DATA_DIR`. Nothing outside `store/` knows which it got.
 */
export async function openStore(config: Pick<Config, 'dataDir' | 'mongodbUri'>): Promise<Store> {
  if (config.mongodbUri !== undefined) {
    // Loaded only when asked for, so a single-person install never pays for the driver.
    const { openMongoAdapter } = await import('./mongo/openMongoAdapter');
    return createStore(await openMongoAdapter(config.mongodbUri));
  }
  return createStore(openSqliteAdapter(config.dataDir));
}
