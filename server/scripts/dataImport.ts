import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { importData } from '../src/store/dataTransfer';
import { openStoreFromFlags, STORE_FLAGS, STORE_FLAGS_USAGE } from './storeFromFlags';
import { runScript } from './runScript';

const USAGE = `Usage: npm run data:import --silent -- --in <file> ${STORE_FLAGS_USAGE}

Reads a data:export file into the store the server would use (MONGODB_URI, else DATA_DIR).
The target must be empty; ids, timestamps and sequence numbers are kept.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { ...STORE_FLAGS, in: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.in) {
    console.error(`--in <file> is required.\n\n${USAGE}`);
    return 2;
  }
  const lines = readline.createInterface({
    input: fs.createReadStream(values.in),
    crlfDelay: Infinity,
  });
  const store = await openStoreFromFlags(values);
  try {
    const counts = await importData(store, lines);
    console.error(`imported into ${store.description}: ${JSON.stringify(counts)}`);
    return 0;
  } finally {
    lines.close();
    await store.close();
  }
}

runScript(main, 2);
