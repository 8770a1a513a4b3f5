import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { EXPORT_HEADER, fromJsonLine, toJsonLine } from './dataRecords';
import { storeInvalid } from './errors';
import type { DataRecord, Store } from './port';

export type RecordCounts = Record<DataRecord['type'], number>;

const emptyCounts = (): RecordCounts => ({ user: 0, session: 0, event: 0, authSession: 0 });
const IMPORT_BATCH = 500;

/** Writes the whole store as JSON Lines: a header, then one record per line. */
export async function exportData(store: Store, out: Writable): Promise<RecordCounts> {
  const counts = emptyCounts();
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(toJsonLine(EXPORT_HEADER));
  for await (const record of store.exportAll()) {
    counts[record.type] += 1;
    await write(toJsonLine(record));
  }
  return counts;
}

/**
 * Reads an export into an empty store. Refuses a store that holds anything, so an import can
 * never merge into (or overwrite) live data.
 */
export async function importData(
  store: Store,
  lines: AsyncIterable<string>,
): Promise<RecordCounts> {
  if (!(await store.isEmpty())) {
    throw storeInvalid('import target', 'the store is not empty; import only into a new one');
  }
  const counts = emptyCounts();
  let batch: DataRecord[] = [];
  let lineNumber = 0;
  let sawHeader = false;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    if (!sawHeader) {
      if (!isHeader(line, lineNumber)) {
        throw storeInvalid(`line ${lineNumber}`, 'expected the export header first');
      }
      sawHeader = true;
      continue;
    }
    const record = fromJsonLine(line, lineNumber);
    if (record === null) throw storeInvalid(`line ${lineNumber}`, 'a second header');
    counts[record.type] += 1;
    batch.push(record);
    if (batch.length >= IMPORT_BATCH) {
      await store.importRecords(batch);
      batch = [];
    }
  }
  await store.importRecords(batch);
  if (!sawHeader) throw storeInvalid('import', 'the file is empty');
  return counts;
}

function isHeader(line: string, lineNumber: number): boolean {
  try {
    return fromJsonLine(line, lineNumber) === null;
  } catch {
    return false;
  }
}
