/**
 * Entry of a judge worker process (forked by the supervisor in `WorkerPool`). It judges one
 * submission at a time and reports over IPC. Sandboxes live here, never in the server process:
 * some memory exhaustion in V8 cannot be recovered, and then only this process dies.
 */
import fs from 'node:fs';
import { CATASTROPHIC_MARKER } from './catastrophic';
import type { ParentMessage, WorkerEnvelope, WorkerMessage } from './protocol';
import { runSubmission } from './runSubmission';

let held: WorkerMessage[] = [];

function send(message: WorkerMessage): void {
  if (message.type === 'case-done') {
    held.push(message);
    return;
  }
  const envelope: WorkerEnvelope = { type: 'batch', messages: [...held, message] };
  held = [];
  // After a `retire` the process ends, once the message is surely on its way.
  const retire = message.type === 'done' && message.retire === true;
  process.send?.(envelope, undefined, undefined, () => {
    if (retire) process.exit(0);
  });
}

// isolated-vm reports an unrecoverable V8 failure (usually out of memory) here; the process
// cannot continue safely, so it ends at once and the supervisor starts a fresh one.
const onCatastrophicError = (message: string): void => {
  try {
    fs.writeSync(2, `${CATASTROPHIC_MARKER} ${message.replace(/\s+/g, ' ')}\n`);
  } finally {
    process.abort();
  }
};

let queue = Promise.resolve();
process.on('message', (message: ParentMessage) => {
  if (message.type !== 'judge') return;
  queue = queue
    .then(() => runSubmission(message.job, send, onCatastrophicError))
    .catch((error: unknown) => {
      fs.writeSync(2, `judge worker error: ${String(error)}\n`);
      process.exit(1);
    });
});
process.on('disconnect', () => process.exit(0));
const ready: WorkerEnvelope = { type: 'ready' };
process.send?.(ready);
