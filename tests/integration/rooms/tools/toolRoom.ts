import path from 'node:path';
import {
  RoomEvent,
  type Ack,
  type CreateInterviewResponse,
  type InterviewFormat,
  type Me,
  type RoomSnapshot,
  type ServerToClientEvents,
} from '@mockloop/shared';
import { loadBank } from '../../../../server/src/bank/loadBank';
import { guest, post } from '../../auth/authHttp';
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
 * A live interview created and joined over REST (`POST /api/interviews`, then
 * `POST /api/interviews/join` with the invite's code); both people's sockets then join it with
 * `room:join`.
 */
export async function openRoom(
  server: TestServer,
  { format = 'system-design', withQuestion = false }: OpenRoomOptions = {},
): Promise<ToolRoom> {
  const ivy = await guest(server, 'Ivy Interviewer');
  const cal = await guest(server, 'Cal Candidate');
  const created = await post(server, '/api/interviews', { format }, ivy.cookie);
  if (created.status !== 201) throw new Error(`create failed: ${created.status}`);
  const { session, inviteUrl } = created.body as CreateInterviewResponse;
  const code = inviteUrl.split('/join/')[1];
  const joined = await post(server, '/api/interviews/join', { code }, cal.cookie);
  if (joined.status >= 300) throw new Error(`join failed: ${joined.status}`);
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
