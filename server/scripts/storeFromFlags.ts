import { loadConfig } from '../src/config/loadConfig';
import { openStore, type Store } from '../src/store/openStore';

export const STORE_FLAGS = {
  'data-dir': { type: 'string' },
  'mongodb-uri': { type: 'string' },
} as const;

export const STORE_FLAGS_USAGE = '[--data-dir <dir> | --mongodb-uri <uri>]';

/**
 * The data scripts open the store the server would (from the environment) unless a flag names
 * one: `--data-dir` forces SQLite even when MONGODB_URI is set, so one shell can move data.
 */
export function openStoreFromFlags(flags: {
  'data-dir'?: string | undefined;
  'mongodb-uri'?: string | undefined;
}): Promise<Store> {
  const env = { ...process.env };
  if (flags['data-dir'] !== undefined) {
    env.DATA_DIR = flags['data-dir'];
    delete env.MONGODB_URI;
  }
  if (flags['mongodb-uri'] !== undefined) env.MONGODB_URI = flags['mongodb-uri'];
  return openStore(loadConfig(env));
}
