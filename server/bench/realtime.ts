/**
 * `npm run bench:realtime`: live rooms under load, beside a floor measured in the same run.
 * A benchmark, not a test: nothing here can fail.
 *
 *   rooms   `--rooms` interviews of 2 people on 127.0.0.1; each candidate types `--rate`
 *           characters a second for `--seconds` into the shared Y.Text, through the real server
 *           (membership checks, Yjs, every update stored in a temporary SQLite file)
 *   floor   a plain Socket.IO relay: the same rooms, clients and message sizes (the sizes the
 *           room run really sent), no Yjs, no persistence
 *
 * Latency is from the typist's keystroke to the peer having it; bytes are every TCP byte of the
 * WebSocket connections while typing, per keystroke, up (to the server) and down; CPU is the
 * server process's. A room diverged when the typist's, the peer's and a fresh copy synced from
 * the server differ. Smoke check: `npm run bench:realtime -- --rooms 5 --seconds 3`.
 */ import os from 'node:os';
import { parseArgs } from 'node:util';
import { percentile, type Result, type Shape } from './realtimeHarness';
import { runFloor, runRooms } from './realtimeRuns';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '5' },
  },
});
const SHAPE: Shape = {
  rooms: Number(values.rooms),
  seconds: Number(values.seconds),
  rate: Number(values.rate),
};
const TARGETS = { p99Ratio: 1.5, bytesPerKeystroke: 100 };

function report(rooms: Result, floor: Result): void {
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `Live rooms: ${SHAPE.rooms} rooms x 2 clients, ${SHAPE.rate} keystrokes/s for ${SHAPE.seconds} s ` +
      `(${os.cpus().length} cores, load ${load}, Node ${process.version})`,
  );
  const line = (cells: string[]) =>
    console.log(
      `${(cells[0] ?? '').padEnd(36)}${(cells[1] ?? '').padStart(10)}${(cells[2] ?? '').padStart(10)}` +
        `${(cells[3] ?? '').padStart(9)}${(cells[4] ?? '').padStart(18)}`,
    );
  line(['measure', 'rooms', 'floor', 'ratio', 'target']);
  const row = (label: string, mine: number, base: number, target = '', digits = 1) =>
    line([
      label,
      mine.toFixed(digits),
      base.toFixed(digits),
      `${(mine / base).toFixed(2)}x`,
      target,
    ]);
  row('edit-to-peer p50 (ms)', percentile(rooms.latencies, 50), percentile(floor.latencies, 50));
  row(
    'edit-to-peer p99 (ms)',
    percentile(rooms.latencies, 99),
    percentile(floor.latencies, 99),
    `<= ${TARGETS.p99Ratio}x floor`,
  );
  const up = (r: Result) => r.bytesIn / r.keystrokes;
  const down = (r: Result) => r.bytesOut / r.keystrokes;
  row(
    'bytes/keystroke up (typist->server)',
    up(rooms),
    up(floor),
    `< ${TARGETS.bytesPerKeystroke}`,
  );
  row(
    'bytes/keystroke down (server->peer)',
    down(rooms),
    down(floor),
    `< ${TARGETS.bytesPerKeystroke}`,
  );
  row('server CPU (ms)', rooms.cpuMs, floor.cpuMs);
  const core = (r: Result) => (100 * r.cpuMs) / r.wallMs;
  row('server CPU (% of one core)', core(rooms), core(floor));
  row('client process CPU (ms)', rooms.clientCpuMs, floor.clientCpuMs);
  line([
    'edits delivered',
    `${rooms.latencies.length}`,
    `${floor.latencies.length}`,
    '',
    `${rooms.keystrokes}`,
  ]);
  line(['divergent rooms', `${rooms.divergent ?? '?'}`, '-', '', '0']);
}

async function main(): Promise<void> {
  const frameSizes: number[][] = [];
  const rooms = await runRooms(SHAPE, frameSizes);
  const floor = await runFloor(SHAPE, frameSizes);
  report(rooms, floor);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
