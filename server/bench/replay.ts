import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { DocTimeline, replayFromStart, type TimedUpdate } from '@mockloop/shared';

/**
 * `npm run bench:replay`: seeking a long session's replay. A synthetic 60-minute session of
 * 20,000 edits (typing with some deletes, in bursts), with a stored snapshot every 200 updates
 * as the room server writes them; p50/p99 of seeking to random instants with text checkpoints,
 * against the floor of re-applying every update from the start, in the same run.
 * Targets: p99 seek under 50 ms and at least 20x faster than the floor.
 */

const EDITS = 20_000;
const SESSION_MS = 60 * 60 * 1000;
const SNAPSHOT_EVERY = 200;
const SEEKS = 200;
const FLOOR_SEEKS = 40;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticSession(): TimedUpdate[] {
  const rand = random(42);
  const doc = new Y.Doc();
  const text = doc.getText('code');
  const log: TimedUpdate[] = [];
  let at = 0;
  let cursor = 0;
  doc.on('update', (update: Uint8Array) => log.push({ at, snapshot: false, update }));
  for (let n = 0; n < EDITS; n += 1) {
    // Bursts of typing with pauses, spread over the hour.
    at += rand() < 0.02 ? Math.floor(rand() * 20_000) : Math.floor(rand() * 250);
    if (rand() < 0.05) cursor = Math.floor(rand() * (text.length + 1));
    if (text.length > 0 && rand() < 0.15) {
      const from = Math.max(0, Math.min(cursor, text.length) - 1);
      text.delete(from, 1);
      cursor = from;
    } else {
      text.insert(Math.min(cursor, text.length), rand() < 0.1 ? '\n' : 'x');
      cursor += 1;
    }
    if ((n + 1) % SNAPSHOT_EVERY === 0) {
      log.push({ at, snapshot: true, update: Y.encodeStateAsUpdate(doc) });
    }
  }
  const scale = SESSION_MS / Math.max(1, at);
  return log.map((u) => ({ ...u, at: Math.round(u.at * scale) }));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const log = syntheticSession();
const rand = random(7);
const instants = Array.from({ length: SEEKS }, () => Math.floor(rand() * SESSION_MS));
let timeline: DocTimeline | undefined;
const buildMs = timed(() => {
  timeline = new DocTimeline(log, 'code');
});
const seekMs = instants.map((at) => timed(() => timeline!.textAt(at)));
// The floor is slow; interleave it over its own instants of the same distribution.
const floorMs = instants
  .slice(0, FLOOR_SEEKS)
  .map((at) => timed(() => replayFromStart(log, at, 'code')));
const same = instants
  .slice(0, FLOOR_SEEKS)
  .every((at) => timeline!.textAt(at) === replayFromStart(log, at, 'code'));

const updateBytes = log.filter((u) => !u.snapshot).reduce((n, u) => n + u.update.byteLength, 0);
const snapshotBytes = log.filter((u) => u.snapshot).reduce((n, u) => n + u.update.byteLength, 0);
const row = (name: string, values: number[]) => ({
  seek: name,
  'p50 ms': percentile(values, 50).toFixed(2),
  'p99 ms': percentile(values, 99).toFixed(2),
});

console.log(
  `bench:replay: ${EDITS} edits over 60 min, snapshot every ${SNAPSHOT_EVERY} updates, ${SEEKS} seeks`,
);
console.table([
  row('with checkpoints', seekMs),
  row('floor: every update from the start', floorMs),
]);
const p99Ratio = percentile(floorMs, 99) / percentile(seekMs, 99);
const p50Ratio = percentile(floorMs, 50) / percentile(seekMs, 50);
console.log(`timeline built in ${buildMs.toFixed(0)} ms (once per replay load)`);
console.log(
  `speed-up vs floor: p50 ${p50Ratio.toFixed(1)}x, p99 ${p99Ratio.toFixed(1)}x (target >= 20x); p99 seek ${percentile(seekMs, 99).toFixed(2)} ms (target < 50 ms)`,
);
console.log(
  `stored bytes: ${updateBytes} in ${EDITS} updates (${(updateBytes / EDITS).toFixed(1)} B each) + ${snapshotBytes} in snapshots = ${((updateBytes + snapshotBytes) / 1024).toFixed(0)} KiB`,
);
console.log(`same text as the floor at every checked instant: ${same ? 'yes' : 'NO'}`);
if (!same) process.exitCode = 1;
