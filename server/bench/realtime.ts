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
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { acked, BenchDoc, openSocket, type BenchSocket } from './realtimeClient';
import type { BenchRoom, FromServer, ToServer } from './realtimeServer';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '5' },
  },
});
const ROOMS = Number(values.rooms);
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const TARGETS = { p99Ratio: 1.5, bytesPerKeystroke: 100 };

interface Child {
  url: string;
  ask(message: ToServer): Promise<FromServer>;
}

interface Mark {
  cpuMs: number;
  bytesIn: number;
  bytesOut: number;
}

interface Result extends Mark {
  /** This process's CPU (the clients), for telling a starved client from a slow server. */
  clientCpuMs: number;
  latencies: number[];
  keystrokes: number;
  wallMs: number;
  divergent: number | null;
}

async function startChild(mode: 'rooms' | 'floor'): Promise<Child & { stop(): Promise<void> }> {
  const child = fork(path.join(import.meta.dirname, 'realtimeServer.ts'), [mode], {
    execArgv: ['--no-node-snapshot', '--import', 'tsx'],
  });
  const next = () => new Promise<FromServer>((resolve) => child.once('message', resolve));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('the bench server did not start');
  return {
    url: ready.url,
    ask(message) {
      const answer = next();
      child.send(message);
      return answer;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' } satisfies ToServer);
      await exited;
    },
  };
}

async function mark(child: Child): Promise<Mark> {
  const answer = await child.ask({ type: 'mark' });
  if (answer.type !== 'mark') throw new Error('unexpected answer');
  return answer;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Each room's typist sends `RATE` a second for `SECONDS`, starting at a random offset. */
async function typeFor(rooms: number, keystroke: (room: number, index: number) => void) {
  const perRoom = RATE * SECONDS;
  await Promise.all(
    Array.from({ length: rooms }, async (_, room) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (1000 / RATE)));
      for (let i = 0; i < perRoom; i += 1) {
        keystroke(room, i);
        await new Promise((resolve) => setTimeout(resolve, 1000 / RATE));
      }
    }),
  );
}

/** Resolves when `done()` holds, checking every 50 ms, or after 15 s. */
async function settle(done: () => boolean): Promise<void> {
  for (let waited = 0; waited < 15_000 && !done(); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function inBatches<T>(count: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += 20) {
    const size = Math.min(20, count - start);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, i) => work(start + i)))));
  }
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

async function runRooms(frameSizes: number[][]): Promise<Result> {
  const child = await startChild('rooms');
  const setup = await child.ask({ type: 'setup', rooms: ROOMS });
  if (setup.type !== 'setup') throw new Error('setup failed');
  const sockets: BenchSocket[] = [];
  const join = async (cookie: string, sessionId: string) => {
    const socket = await openSocket(child.url, cookie);
    sockets.push(socket);
    await acked(socket, 'room:join', { sessionId });
    return socket;
  };
  const latencies: number[] = [];
  const rooms = await inBatches(ROOMS, async (i) => {
    const room = setup.rooms[i] as BenchRoom;
    const interviewer = await join(room.interviewerCookie, room.sessionId);
    const candidate = await join(room.candidateCookie, room.sessionId);
    const { docIndex } = (await acked(interviewer, 'room:present', {
      sessionId: room.sessionId,
      questionId: 'count-multiples',
    })) as { docIndex: number };
    const typist = new BenchDoc(candidate, docIndex);
    const peer = new BenchDoc(interviewer, docIndex);
    await Promise.all([typist.sync(), peer.sync()]);
    const base = typist.text.length;
    const sentAt: number[] = [];
    let received = 0;
    peer.onRemote = () => {
      const now = performance.now();
      for (; received < peer.text.length - base; received += 1) {
        latencies.push(now - (sentAt[received] ?? now));
      }
    };
    const sizes: number[] = [];
    frameSizes[i] = sizes;
    return { room, typist, peer, sentAt, sizes, docIndex };
  });
  for (const r of rooms) {
    r.typist.doc.on('update', (update: Uint8Array) => r.sizes.push(update.length + 3));
  }

  const before = await mark(child);
  const clientCpu = process.cpuUsage();
  const start = performance.now();
  await typeFor(ROOMS, (room, index) => {
    const r = rooms[room];
    if (!r) return;
    r.sentAt.push(performance.now());
    r.typist.text.insert(r.typist.text.length, LETTERS[index % LETTERS.length] ?? 'x');
  });
  await settle(() => rooms.every((r) => r.peer.text.length === r.typist.text.length));
  const wallMs = performance.now() - start;
  const clientCpuMs = cpuMsSince(clientCpu);
  const after = await mark(child);

  let divergent = 0;
  await inBatches(ROOMS, async (i) => {
    const r = rooms[i];
    if (!r) return;
    const fresh = new BenchDoc(await join(r.room.interviewerCookie, r.room.sessionId), r.docIndex);
    await fresh.sync();
    const texts = new Set([r.typist, r.peer, fresh].map((d) => d.text.toJSON()));
    if (texts.size !== 1) divergent += 1;
  });
  for (const socket of sockets) socket.close();
  await child.stop();
  return result(before, after, clientCpuMs, latencies, ROOMS * RATE * SECONDS, wallMs, divergent);
}

async function runFloor(frameSizes: number[][]): Promise<Result> {
  const child = await startChild('floor');
  const latencies: number[] = [];
  const sockets: BenchSocket[] = [];
  const rooms = await inBatches(ROOMS, async (i) => {
    const pair = await Promise.all([openSocket(child.url), openSocket(child.url)]);
    sockets.push(...pair);
    for (const socket of pair) await socket.emitWithAck('room:join', `room-${i}`);
    const sentAt: number[] = [];
    pair[1]?.on('doc:sync', (frame: ArrayBuffer | Uint8Array) => {
      const bytes = frame instanceof Uint8Array ? frame : new Uint8Array(frame);
      const seq = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
      latencies.push(performance.now() - (sentAt[seq] ?? NaN));
    });
    return { typist: pair[0], sentAt, sizes: frameSizes[i] ?? [] };
  });

  const before = await mark(child);
  const clientCpu = process.cpuUsage();
  const start = performance.now();
  const expected = ROOMS * RATE * SECONDS;
  await typeFor(ROOMS, (room, index) => {
    const r = rooms[room];
    if (!r?.typist) return;
    const frame = new Uint8Array(Math.max(4, r.sizes[index] ?? 24));
    new DataView(frame.buffer).setUint32(0, index);
    r.sentAt[index] = performance.now();
    r.typist.emit('doc:sync', frame);
  });
  await settle(() => latencies.length >= expected);
  const wallMs = performance.now() - start;
  const clientCpuMs = cpuMsSince(clientCpu);
  const after = await mark(child);
  for (const socket of sockets) socket.close();
  await child.stop();
  return result(before, after, clientCpuMs, latencies, expected, wallMs, null);
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

function result(
  before: Mark,
  after: Mark,
  clientCpuMs: number,
  latencies: number[],
  keystrokes: number,
  wallMs: number,
  divergent: number | null,
): Result {
  return {
    cpuMs: after.cpuMs - before.cpuMs,
    bytesIn: after.bytesIn - before.bytesIn,
    bytesOut: after.bytesOut - before.bytesOut,
    clientCpuMs,
    latencies,
    keystrokes,
    wallMs,
    divergent,
  };
}

function report(rooms: Result, floor: Result): void {
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `Live rooms: ${ROOMS} rooms x 2 clients, ${RATE} keystrokes/s for ${SECONDS} s ` +
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
  const rooms = await runRooms(frameSizes);
  const floor = await runFloor(frameSizes);
  report(rooms, floor);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
