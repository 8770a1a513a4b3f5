/**
 * Entry of a judge worker process (forked by the supervisor in `WorkerPool`). It judges one
 * submission at a time and reports over IPC. Sandboxes live here, never in the server process:
 * some memory exhaustion in V8 cannot be recovered, and then only this process dies.
 */
import fs from 'node:fs';
import { CATASTROPHIC_MARKER } from './catastrophic';
import type { ParentMessage, WorkerEnvelope, WorkerMessage } from './protocol';
import { runSubmission } from './runSubmission';
import { checkSandboxFlags } from './checkSandboxFlags';

/**
 * Quick cases are reported together with the submission's end. Only a case still running after
 * CASE_START_DELAY_MS is announced (with everything held so far), which arms the supervisor's
 * kill timer for it: stuck cases are always announced, while a fast submission costs one
 * message instead of one or two per case. Results held when the process dies are lost; the
 * supervisor then charges the first unreported case.
 */
const CASE_START_DELAY_MS = 50;
let held: WorkerMessage[] = [];
let announce: NodeJS.Timeout | undefined;
/** The running case was announced: its end must be too, at once, to disarm the kill timer. */
let runningAnnounced = false;

function flush(then?: () => void): void {
  clearTimeout(announce);
  if (held.length === 0) return;
  const envelope: WorkerEnvelope = { type: 'batch', messages: held };
  runningAnnounced = held.at(-1)?.type === 'case-start';
  held = [];
  process.send?.(envelope, undefined, undefined, () => then?.());
}

function send(message: WorkerMessage): void {
  held.push(message);
  if (message.type === 'case-start') {
    clearTimeout(announce);
    announce = setTimeout(() => flush(), CASE_START_DELAY_MS);
  } else if (message.type === 'case-done') {
    clearTimeout(announce);
    if (runningAnnounced) flush();
    runningAnnounced = false;
  } else {
    // After a `retire` the process ends, once the message is surely on its way.
    const retire = message.type === 'done' && message.retire === true;
    flush(() => {
      if (retire) process.exit(0);
    });
  }
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
// Started without the flags that keep the sandbox's memory inside its limit: judge nothing.
const problem = checkSandboxFlags();
if (problem !== undefined) {
  fs.writeSync(2, `judge worker refuses to start: ${problem}\n`);
  process.exit(1);
}
const ready: WorkerEnvelope = { type: 'ready' };
process.send?.(ready);
