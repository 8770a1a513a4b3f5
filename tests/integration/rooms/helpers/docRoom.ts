import path from 'node:path';
import type { Ack, CreateInterviewResponse, RoomSnapshot } from '@mockloop/shared';
import { REPO_ROOT, type TestServer, type TestSocket } from '../../helpers/startTestServer';
import { YjsClient } from './yjsClient';

/** The small fixture bank: `count-multiples` is a coding question with hidden cases. */
export const SMALL_BANK = { QUESTION_BANK_DIR: path.join(REPO_ROOT, 'tests/fixtures/banks/small') };

/** Emits an acked room event and resolves with its ack. */
export function request<T>(socket: TestSocket, event: string, payload: unknown): Promise<Ack<T>> {
  return new Promise((resolve) => {
    // The events are typed by the contract; tests also send what it refuses.
    (socket as unknown as { emit: (...args: unknown[]) => void }).emit(event, payload, resolve);
  });
}

/** The ack's data, or a thrown error naming its code. */
export async function ok<T>(ack: Promise<Ack<T>>): Promise<T> {
  const answer = await ack;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}

export interface Person {
  cookie: string;
  socket: TestSocket;
  /** Connects a new socket for the same person and joins the room (a reconnect). */
  reconnect(): Promise<TestSocket>;
}

export interface DocRoom {
  sessionId: string;
  interviewer: Person;
  candidate: Person;
}

async function post<T>(server: TestServer, cookie: string, route: string, body: unknown) {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Connects `cookie`'s person and joins the room. */
export async function joinRoom(
  server: TestServer,
  cookie: string,
  sessionId: string,
): Promise<TestSocket> {
  const socket = await server.connect({ cookie });
  await ok(request<RoomSnapshot>(socket, 'room:join', { sessionId }));
  return socket;
}

/** A coding interview created and joined over REST, both people's sockets in the room. */
export async function openDocRoom(server: TestServer): Promise<DocRoom> {
  const interviewerCookie = await server.guestCookie('Ivy Interviewer');
  const candidateCookie = await server.guestCookie('Cal Candidate');
  const created = await post<CreateInterviewResponse>(
    server,
    interviewerCookie,
    '/api/interviews',
    {
      format: 'coding',
    },
  );
  const code = created.inviteUrl.split('/join/')[1];
  await post(server, candidateCookie, '/api/interviews/join', { code });
  const sessionId = created.session.id;
  const person = async (cookie: string): Promise<Person> => ({
    cookie,
    socket: await joinRoom(server, cookie, sessionId),
    reconnect: () => joinRoom(server, cookie, sessionId),
  });
  return {
    sessionId,
    interviewer: await person(interviewerCookie),
    candidate: await person(candidateCookie),
  };
}

/** The interviewer presents `questionId`; resolves with its document index. */
export async function present(room: DocRoom, questionId = 'count-multiples'): Promise<number> {
  const { docIndex } = await ok(
    request<{ docIndex: number }>(room.interviewer.socket, 'room:present', {
      sessionId: room.sessionId,
      questionId,
    }),
  );
  return docIndex;
}

/** A synced copy of document `docIndex` over `socket`. */
export async function syncedDoc(socket: TestSocket, docIndex: number): Promise<YjsClient> {
  const client = new YjsClient(docIndex, socket);
  await client.sync();
  return client;
}
