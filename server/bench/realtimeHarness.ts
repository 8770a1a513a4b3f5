/** The child process, marks and helpers shared by the two runs of `bench:realtime`. */
import { fork } from 'node:child_process';
import path from 'node:path';
import type { FromServer, ToServer } from './realtimeServer';

/** How much load: rooms, seconds of typing, keystrokes a second per typist. */
export interface Shape {
  rooms: number;
  seconds: number;
  rate: number;
}

export interface Child {
  url: string;
  ask(message: ToServer): Promise<FromServer>;
}

export interface Mark {
  cpuMs: number;
  bytesIn: number;
  bytesOut: number;
}

export interface Result extends Mark {
  /** This process's CPU (the clients), for telling a starved client from a slow server. */
  clientCpuMs: number;
  latencies: number[];
  keystrokes: number;
  wallMs: number;
  divergent: number | null;
}

export async function startChild(
  mode: 'rooms' | 'floor',
): Promise<Child & { stop(): Promise<void> }> {
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

export async function mark(child: Child): Promise<Mark> {
  const answer = await child.ask({ type: 'mark' });
  if (answer.type !== 'mark') throw new Error('unexpected answer');
  return answer;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Each room's typist sends `RATE` a second for `SECONDS`, starting at a random offset. */
export async function typeFor(
  { rooms, seconds, rate }: Shape,
  keystroke: (room: number, index: number) => void,
) {
  const perRoom = rate * seconds;
  await Promise.all(
    Array.from({ length: rooms }, async (_, room) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (1000 / rate)));
      for (let i = 0; i < perRoom; i += 1) {
        keystroke(room, i);
        await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
      }
    }),
  );
}

/** Resolves when `done()` holds, checking every 50 ms, or after 15 s. */
export async function settle(done: () => boolean): Promise<void> {
  for (let waited = 0; waited < 15_000 && !done(); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function inBatches<T>(count: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += 20) {
    const size = Math.min(20, count - start);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, i) => work(start + i)))));
  }
  return out;
}

export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export function result(
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
