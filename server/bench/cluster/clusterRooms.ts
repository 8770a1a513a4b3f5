/**
 * The room half of `npm run bench:cluster`: interviews whose two people type and read through
 * real nodes, either both on the first node or one on each, with the realtime bench's clients.
 */
import { performance } from 'node:perf_hooks';
import type { CreateInterviewResponse } from '@mockloop/shared';
import { acked, BenchDoc, openSocket, type BenchSocket } from '../realtimeClient';
import { inBatches, settle, typeFor, type Shape } from '../realtimeHarness';
import { guestCookie, post } from './clusterProcesses';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface RoomsRun {
  latencies: number[];
  keystrokes: number;
  /** Rooms whose two copies differ at the end. */
  divergent: number;
}

/**
 * `shape.rooms` interviews: the interviewer on `interviewerNode`, the candidate (the typist) on
 * `candidateNode`; latency is from the keystroke to the interviewer's copy having it.
 */
export async function runClusterRooms(
  shape: Shape,
  interviewerNode: string,
  candidateNode: string,
): Promise<RoomsRun> {
  const sockets: BenchSocket[] = [];
  const latencies: number[] = [];
  const rooms = await inBatches(shape.rooms, async () => {
    const interviewerCookie = await guestCookie(interviewerNode, 'Bench interviewer');
    const candidateCookie = await guestCookie(candidateNode, 'Bench candidate');
    const created = (
      await post(interviewerNode, '/api/interviews', { format: 'coding' }, interviewerCookie)
    ).body as CreateInterviewResponse;
    const code = created.inviteUrl.split('/join/')[1];
    await post(candidateNode, '/api/interviews/join', { code }, candidateCookie);
    const sessionId = created.session.id;
    const interviewer = await openSocket(interviewerNode, interviewerCookie);
    const candidate = await openSocket(candidateNode, candidateCookie);
    sockets.push(interviewer, candidate);
    await acked(interviewer, 'room:join', { sessionId });
    await acked(candidate, 'room:join', { sessionId });
    const { docIndex } = (await acked(interviewer, 'room:present', {
      sessionId,
      questionId: 'count-multiples',
    })) as { docIndex: number };
    const typist = new BenchDoc(candidate, docIndex);
    const peer = new BenchDoc(interviewer, docIndex);
    await withinMs(Promise.all([typist.sync(), peer.sync()]), 10_000, 'the first sync');
    const base = typist.text.length;
    const sentAt: number[] = [];
    let received = 0;
    peer.onRemote = () => {
      const now = performance.now();
      for (; received < peer.text.length - base; received += 1) {
        latencies.push(now - (sentAt[received] ?? now));
      }
    };
    return { typist, peer, sentAt };
  });

  await typeFor(shape, (room, index) => {
    const r = rooms[room];
    if (!r) return;
    r.sentAt.push(performance.now());
    r.typist.text.insert(r.typist.text.length, LETTERS[index % LETTERS.length] ?? 'x');
  });
  await settle(() => rooms.every((r) => r.peer.text.length === r.typist.text.length));
  const divergent = rooms.filter((r) => r.peer.text.toJSON() !== r.typist.text.toJSON()).length;
  for (const socket of sockets) socket.close();
  return { latencies, keystrokes: shape.rooms * shape.rate * shape.seconds, divergent };
}

function withinMs<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
