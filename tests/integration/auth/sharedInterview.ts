import type { Ack, Me, WireSessionEvent } from '@mockloop/shared';
import type { TestServer, TestSocket } from '../helpers/startTestServer';
import { call, guest } from './authHttp';

/** Texts that must reach only the people the access rules name; searched for in every answer. */
export const SECRET = {
  interviewerHint: 'interviewer-only hint: ask about eviction order',
  candidateNote: 'candidate private note: I froze on the heap',
  interviewerNote: 'interviewer private note: leaning no-hire',
  strangerSolo: 'stranger solo code: function mine() {}',
} as const;

export interface Person {
  user: Me;
  cookie: string;
  socket: TestSocket;
}

export interface SharedInterview {
  /** The session's candidate. */
  candidate: Person;
  /** The session's interviewer. */
  interviewer: Person;
  /** Takes part in no session of the other two. */
  stranger: Person;
  sharedId: string;
  /** The candidate's own practice session. */
  candidateSoloId: string;
  /** The stranger's own practice session. */
  strangerSoloId: string;
}

async function person(server: TestServer, name: string): Promise<Person> {
  const { cookie, user } = await guest(server, name);
  return { user, cookie, socket: await server.connect({ cookie }) };
}

/**
 * A live interview between two guests with one event of each visibility, plus solo sessions,
 * written straight into the store (rooms, which would write them, come later).
 */
export async function sharedInterview(server: TestServer): Promise<SharedInterview> {
  const [candidate, interviewer, stranger] = await Promise.all([
    person(server, 'Candidate'),
    person(server, 'Interviewer'),
    person(server, 'Stranger'),
  ]);
  const { store } = server;
  const shared = await store.createSession({
    kind: 'interview',
    createdBy: interviewer.user.id,
    participants: [
      { userId: interviewer.user.id, role: 'interviewer' },
      { userId: candidate.user.id, role: 'candidate' },
    ],
  });
  await store.appendEvents(shared.id, [
    {
      actorId: candidate.user.id,
      type: 'code:edit',
      payload: { text: 'let x;' },
      visibility: 'everyone',
    },
    {
      actorId: null,
      type: 'question:material',
      payload: { text: SECRET.interviewerHint },
      visibility: 'interviewer',
    },
    {
      actorId: candidate.user.id,
      type: 'note:add',
      payload: { text: SECRET.candidateNote },
      visibility: 'author',
    },
    {
      actorId: interviewer.user.id,
      type: 'note:add',
      payload: { text: SECRET.interviewerNote },
      visibility: 'author',
    },
    {
      actorId: interviewer.user.id,
      type: 'chat:message',
      payload: { text: 'hello' },
      visibility: 'everyone',
    },
  ]);
  const candidateSolo = await store.createSession({
    kind: 'practice',
    createdBy: candidate.user.id,
    participants: [{ userId: candidate.user.id, role: 'candidate' }],
  });
  await store.appendEvents(candidateSolo.id, [
    {
      actorId: candidate.user.id,
      type: 'code:edit',
      payload: { text: 'solo' },
      visibility: 'everyone',
    },
  ]);
  const strangerSolo = await store.createSession({
    kind: 'practice',
    createdBy: stranger.user.id,
    participants: [{ userId: stranger.user.id, role: 'candidate' }],
  });
  await store.appendEvents(strangerSolo.id, [
    {
      actorId: stranger.user.id,
      type: 'code:edit',
      payload: { text: SECRET.strangerSolo },
      visibility: 'everyone',
    },
  ]);
  return {
    candidate,
    interviewer,
    stranger,
    sharedId: shared.id,
    candidateSoloId: candidateSolo.id,
    strangerSoloId: strangerSolo.id,
  };
}

/** What one person gets for a session's events: the seqs they see, or the error code. */
export type EventsView = { seqs: number[]; events: WireSessionEvent[] } | { error: string };

function view(events: WireSessionEvent[]): EventsView {
  return { seqs: events.map((e) => e.seq), events };
}

/** `GET /api/sessions/:id/events` as `who`. */
export async function restEvents(
  server: TestServer,
  who: Person,
  sessionId: string,
  query = '',
): Promise<EventsView> {
  const res = await call(server, `/api/sessions/${encodeURIComponent(sessionId)}/events${query}`, {
    cookie: who.cookie,
  });
  if (res.status === 200) return view((res.body as { events: WireSessionEvent[] }).events);
  return { error: `${res.status} ${(res.body as { error: { code: string } }).error.code}` };
}

/** `session:events` over `who`'s socket, shaped like `restEvents` for one comparison. */
export async function socketEvents(
  who: Person,
  sessionId: string,
  afterSeq?: number,
): Promise<EventsView> {
  // `timeout()` loses the ack's type in socket.io-client's typings; the payload is typed above.
  const reply = (await who.socket
    .timeout(5_000)
    .emitWithAck(
      'session:events',
      afterSeq === undefined ? { sessionId } : { sessionId, afterSeq },
    )) as Ack<{ events: WireSessionEvent[] }>;
  if (reply.ok) return view(reply.data.events);
  const status = reply.error.code === 'not_found' ? 404 : 0;
  return { error: `${status} ${reply.error.code}` };
}

/** Both surfaces must agree; returns the REST view after checking the socket gives the same. */
export async function eventsOverBoth(
  server: TestServer,
  who: Person,
  sessionId: string,
): Promise<EventsView> {
  const [rest, socket] = await Promise.all([
    restEvents(server, who, sessionId),
    socketEvents(who, sessionId),
  ]);
  if (JSON.stringify(rest) !== JSON.stringify(socket)) {
    throw new Error(
      `REST and socket disagree: ${JSON.stringify(rest)} vs ${JSON.stringify(socket)}`,
    );
  }
  return rest;
}
