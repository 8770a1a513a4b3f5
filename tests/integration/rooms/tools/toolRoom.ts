import path from 'node:path';
import {
  RoomEvent,
  type Ack,
  type InterviewFormat,
  type Me,
  type RoomSnapshot,
  type ServerToClientEvents,
} from '@mockloop/shared';
import { loadBank } from '../../../../server/src/bank/loadBank';
import { guest } from '../../auth/authHttp';
import {
  REPO_ROOT,
  startTestServer,
  type TestServer,
  type TestSocket,
} from '../../helpers/startTestServer';

/** A bank of one question with two hints whose texts are easy to search for in frames. */
const HINTS_BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/hints');
export const QUESTION_ID = 'rate-limiter';
export const MARKER = {
  firstHint: 'FIRST-HINT-MARKER',
  secondHint: 'SECOND-HINT-MARKER',
  rubric: 'INTERVIEWER-RUBRIC-MARKER',
} as const;

export function startToolServer(): Promise<TestServer> {
  return startTestServer({ QUESTION_BANK_DIR: HINTS_BANK });
}

/** One person's socket in the room, with every text frame it has received so far. */
export interface Seat {
  user: Me;
  cookie: string;
  socket: TestSocket;
  /** Raw Engine.IO frames (events and acks alike), in arrival order. */
  frames: string[];
}

export interface ToolRoom {
  sessionId: string;
  interviewer: Seat;
  candidate: Seat;
}

/** Records every frame the socket receives from now on, acks included, exactly as sent. */
function recordFrames(socket: TestSocket): string[] {
  const frames: string[] = [];
  socket.io.engine.on('packet', (packet) => {
    frames.push(typeof packet.data === 'string' ? packet.data : '<binary>');
  });
  return frames;
}

/** Connects `person` and joins the room with `room:join`. */
export async function takeSeat(
  server: TestServer,
  person: { user: Me; cookie: string },
  sessionId: string,
): Promise<Seat> {
  const socket = await server.connect({ cookie: person.cookie });
  const frames = recordFrames(socket);
  okData(await socket.emitWithAck('room:join', { sessionId }));
  return { ...person, socket, frames };
}

export interface OpenRoomOptions {
  format?: InterviewFormat;
  /** Present the fixture question in round 0 before anyone joins. */
  withQuestion?: boolean;
}

/**
 * Test SETUP, not the behaviour under test: a live interview as `POST /api/interviews` and
 * `POST /api/interviews/join` leave it (the session, `interview:created`, round 0, the
 * candidate's seat and `interview:joined`), written straight into the store so these suites
 * need only the room's sockets. Then both people's sockets join it with `room:join`.
 */
export async function openRoom(
  server: TestServer,
  { format = 'system-design', withQuestion = false }: OpenRoomOptions = {},
): Promise<ToolRoom> {
  const ivy = await guest(server, 'Ivy Interviewer');
  const cal = await guest(server, 'Cal Candidate');
  const { store } = server;
  const session = await store.createSession({
    kind: 'interview',
    title: 'System design interview',
    createdBy: ivy.user.id,
    participants: [{ userId: ivy.user.id, role: 'interviewer' }],
  });
  await store.appendEvents(session.id, [
    {
      actorId: ivy.user.id,
      type: RoomEvent.Created,
      payload: { format, inviteCode: `${session.id}.${'x'.repeat(22)}` },
      visibility: 'author',
    },
    {
      actorId: ivy.user.id,
      type: RoomEvent.RoundStart,
      payload: { index: 0, interviewerId: ivy.user.id, candidateId: null },
      visibility: 'everyone',
    },
  ]);
  await store.addParticipant(session.id, { userId: cal.user.id, role: 'candidate' });
  await store.appendEvents(session.id, [
    {
      actorId: cal.user.id,
      type: RoomEvent.Joined,
      payload: { userId: cal.user.id },
      visibility: 'everyone',
    },
  ]);
  if (withQuestion) await presentThroughStore(server, session.id, ivy.user.id);
  return {
    sessionId: session.id,
    interviewer: await takeSeat(server, ivy, session.id),
    candidate: await takeSeat(server, cal, session.id),
  };
}

/**
 * Test SETUP, not the behaviour under test: puts the fixture question in the room's round 0
 * as `room:present` would (the session's question and an `interview:present` event), straight
 * through the store, before the room is loaded.
 */
async function presentThroughStore(
  server: TestServer,
  sessionId: string,
  interviewerId: string,
): Promise<void> {
  const bank = await loadBank(HINTS_BANK);
  const question = bank.interviewerView(QUESTION_ID);
  if (!question) throw new Error(`${QUESTION_ID} is not in the hints bank`);
  await server.store.addQuestion(sessionId, {
    questionId: QUESTION_ID,
    contentHash: question.contentHash,
    competencies: ['system-architecture'],
    askedAt: Date.now(),
    deadline: null,
  });
  await server.store.appendEvents(sessionId, [
    {
      actorId: interviewerId,
      type: RoomEvent.Present,
      payload: {
        round: 0,
        docIndex: 0,
        questionId: QUESTION_ID,
        title: question.title,
        kind: question.kind,
        contentHash: question.contentHash,
      },
      visibility: 'everyone',
    },
  ]);
}

/** The ack's data; fails the test with the refusal otherwise. */
export function okData<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/** The refusal's code; fails the test when the action was accepted. */
export function refusalCode(ack: Ack<unknown>): string {
  if (ack.ok) throw new Error(`accepted: ${JSON.stringify(ack.data)}`);
  return ack.error.code;
}

/** The next `event` the socket receives. Listen before the action that causes it. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    // Socket.IO's typings cannot relate a listener to a generic event name.
    (socket as unknown as { once(e: string, l: (data: never) => void): void }).once(event, resolve);
  });
}

/** The room as `seat` sees it now. */
export async function snapshot(room: ToolRoom, seat: Seat): Promise<RoomSnapshot> {
  return okData(await seat.socket.emitWithAck('room:state', { sessionId: room.sessionId }));
}

/** The types of the room's stored events, in order. */
export async function storedTypes(server: TestServer, room: ToolRoom): Promise<string[]> {
  return (await server.store.readAllEvents(room.sessionId)).map((event) => event.type);
}

/**
 * Test SETUP: finishes the interview as `room:finish` would record it, through the store. The
 * room folds it when its next action takes the room's queue.
 */
export async function finishThroughStore(server: TestServer, room: ToolRoom): Promise<void> {
  await server.store.appendEvents(room.sessionId, [
    {
      actorId: room.candidate.user.id,
      type: RoomEvent.Finish,
      payload: {},
      visibility: 'everyone',
    },
  ]);
}

/**
 * Test SETUP: swaps the two seats as `room:swap` would record them (both roles in the session
 * and round `index + 1` with the seats swapped), through the store. Channels are not moved: the
 * tests that use it check who may act, not who receives.
 */
export async function swapThroughStore(server: TestServer, room: ToolRoom): Promise<void> {
  const { store } = server;
  await store.setParticipantRole(room.sessionId, room.interviewer.user.id, 'candidate');
  await store.setParticipantRole(room.sessionId, room.candidate.user.id, 'interviewer');
  await store.appendEvents(room.sessionId, [
    {
      actorId: room.candidate.user.id,
      type: RoomEvent.RoundStart,
      payload: {
        index: 1,
        interviewerId: room.candidate.user.id,
        candidateId: room.interviewer.user.id,
      },
      visibility: 'everyone',
    },
  ]);
}
