/** The two runs of `bench:realtime`: the real rooms, and the plain relay floor. */
import { performance } from 'node:perf_hooks';
import { acked, BenchDoc, openSocket, type BenchSocket } from './realtimeClient';
import {
  cpuMsSince,
  inBatches,
  mark,
  result,
  settle,
  startChild,
  typeFor,
  type Result,
  type Shape,
} from './realtimeHarness';
import type { BenchRoom } from './realtimeServer';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Real rooms; records each keystroke's frame size into `frameSizes` for the floor. */
export async function runRooms(shape: Shape, frameSizes: number[][]): Promise<Result> {
  const child = await startChild('rooms');
  const setup = await child.ask({ type: 'setup', rooms: shape.rooms });
  if (setup.type !== 'setup') throw new Error('setup failed');
  const sockets: BenchSocket[] = [];
  const join = async (cookie: string, sessionId: string) => {
    const socket = await openSocket(child.url, cookie);
    sockets.push(socket);
    await acked(socket, 'room:join', { sessionId });
    return socket;
  };
  const latencies: number[] = [];
  const rooms = await inBatches(shape.rooms, async (i) => {
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
  await typeFor(shape, (room, index) => {
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
  await inBatches(shape.rooms, async (i) => {
    const r = rooms[i];
    if (!r) return;
    const fresh = new BenchDoc(await join(r.room.interviewerCookie, r.room.sessionId), r.docIndex);
    await fresh.sync();
    const texts = new Set([r.typist, r.peer, fresh].map((d) => d.text.toJSON()));
    if (texts.size !== 1) divergent += 1;
  });
  for (const socket of sockets) socket.close();
  await child.stop();
  return result(
    before,
    after,
    clientCpuMs,
    latencies,
    shape.rooms * shape.rate * shape.seconds,
    wallMs,
    divergent,
  );
}

/** The floor: the same rooms, clients and frame sizes through a plain relay. */
export async function runFloor(shape: Shape, frameSizes: number[][]): Promise<Result> {
  const child = await startChild('floor');
  const latencies: number[] = [];
  const sockets: BenchSocket[] = [];
  const rooms = await inBatches(shape.rooms, async (i) => {
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
  const expected = shape.rooms * shape.rate * shape.seconds;
  await typeFor(shape, (room, index) => {
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
