import type {
  Ack,
  AckDataOf,
  AckedEventName,
  ClientEvents,
  CreateInterviewResponse,
  InterviewFormat,
  Me,
  PayloadOf,
  ServerToClientEvents,
} from '@mockloop/shared';
import { call, guest, post, type Answer } from '../../auth/authHttp';
import {
  REPO_ROOT,
  startTestServer,
  type TestServer,
  type TestSocket,
} from '../../helpers/startTestServer';
import { recordFrames, type FrameRecorder } from './frameRecorder';
import path from 'node:path';

/** The fixture bank: its coding questions carry canary text in every interviewer-only place. */
export const ROOM_BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');

/** The real app on the fixture bank, for room suites. */
export function startRoomServer(): Promise<TestServer> {
  return startTestServer({ QUESTION_BANK_DIR: ROOM_BANK });
}

/** A guest with a connected socket whose every received frame is recorded from the start. */
export interface RoomPerson {
  user: Me;
  cookie: string;
  socket: TestSocket;
  frames: FrameRecorder;
}

export async function roomPerson(server: TestServer, name: string): Promise<RoomPerson> {
  const { cookie, user } = await guest(server, name);
  const socket = await server.connect({ cookie });
  return { user, cookie, socket, frames: recordFrames(socket) };
}

/** Another socket of the same person (a second tab), recorded too. */
export async function secondTab(server: TestServer, who: RoomPerson): Promise<RoomPerson> {
  const socket = await server.connect({ cookie: who.cookie });
  return { ...who, socket, frames: recordFrames(socket) };
}

/** Sends an acked room event and returns the ack as it came. */
export function ask<E extends AckedEventName<ClientEvents>>(
  socket: TestSocket,
  event: E,
  payload: PayloadOf<ClientEvents[E]>,
): Promise<Ack<AckDataOf<ClientEvents[E]>>> {
  const emit = socket.emitWithAck.bind(socket) as (
    name: string,
    body: unknown,
  ) => Promise<Ack<AckDataOf<ClientEvents[E]>>>;
  return emit(event, payload);
}

/** The ack's data; fails the test with the server's error otherwise. */
export async function ok<E extends AckedEventName<ClientEvents>>(
  socket: TestSocket,
  event: E,
  payload: PayloadOf<ClientEvents[E]>,
): Promise<AckDataOf<ClientEvents[E]>> {
  const ack = await ask(socket, event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** Resolves with the next `event` `socket` receives that `matches`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  matches: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
): Promise<Parameters<ServerToClientEvents[E]>> {
  type Args = Parameters<ServerToClientEvents[E]>;
  const on = socket.on.bind(socket) as (name: string, fn: (...args: Args) => void) => void;
  const off = socket.off.bind(socket) as (name: string, fn: (...args: Args) => void) => void;
  return new Promise((resolve) => {
    const listener = (...args: Args) => {
      if (!matches(...args)) return;
      off(event, listener);
      resolve(args);
    };
    on(event, listener);
  });
}

export interface CreatedRoom {
  sessionId: string;
  code: string;
  inviteUrl: string;
}

/** `POST /api/interviews` as `who`. */
export async function createRoom(
  server: TestServer,
  who: { cookie: string },
  format: InterviewFormat = 'coding',
): Promise<CreatedRoom> {
  const res = await post(server, '/api/interviews', { format }, who.cookie);
  if (res.status !== 201)
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as CreateInterviewResponse;
  const code = decodeURIComponent(body.inviteUrl.split('/join/')[1] ?? '');
  return { sessionId: body.session.id, code, inviteUrl: body.inviteUrl };
}

/** `GET /api/interviews/invites/:code`, anonymous unless `cookie`. */
export function previewInvite(server: TestServer, code: string, cookie?: string): Promise<Answer> {
  return call(server, `/api/interviews/invites/${encodeURIComponent(code)}`, { cookie });
}

/** `POST /api/interviews/join` as `who`. */
export function joinByCode(
  server: TestServer,
  who: { cookie: string },
  code: string,
): Promise<Answer> {
  return post(server, '/api/interviews/join', { code }, who.cookie);
}

export interface OpenRoom extends CreatedRoom {
  interviewer: RoomPerson;
  candidate: RoomPerson;
}

/** An interviewer's room with a candidate seated over REST, both sockets joined. */
export async function openRoom(server: TestServer): Promise<OpenRoom> {
  const [interviewer, candidate] = await Promise.all([
    roomPerson(server, 'Ivy Interviewer'),
    roomPerson(server, 'Cam Candidate'),
  ]);
  const created = await createRoom(server, interviewer);
  const joined = await joinByCode(server, candidate, created.code);
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status}`);
  await ok(interviewer.socket, 'room:join', { sessionId: created.sessionId });
  await ok(candidate.socket, 'room:join', { sessionId: created.sessionId });
  return { ...created, interviewer, candidate };
}
