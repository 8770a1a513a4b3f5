import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportData } from '../src/store/dataTransfer';
import { openStoreFromFlags, STORE_FLAGS, STORE_FLAGS_USAGE } from './storeFromFlags';
import { runScript } from './runScript';

const USAGE = `Usage: npm run data:export --silent -- [--out <file>] ${STORE_FLAGS_USAGE}

Writes every user, session, event and auth session as JSON Lines (binary payloads as base64)
to <file>, or to stdout. Reads the store the server would use (MONGODB_URI, else DATA_DIR).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { ...STORE_FLAGS, out: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const store = await openStoreFromFlags(values);
  try {
    const out = values.out ? fs.createWriteStream(values.out) : process.stdout;
    const counts = await exportData(store, out);
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
    console.error(`exported from ${store.description}: ${JSON.stringify(counts)}`);
    return 0;
  } finally {
    await store.close();
  }
}

runScript(main, 2);
