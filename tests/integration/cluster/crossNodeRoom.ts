import type { CreateInterviewResponse } from '@mockloop/shared';
import { post } from '../auth/authHttp';
import type { TestServer, TestSocket } from '../helpers/startTestServer';
import { joinRoom } from '../rooms/helpers/docRoom';

/** A live interview whose interviewer is on one node and candidate on another. */
export interface CrossNodeRoom {
  sessionId: string;
  interviewerCookie: string;
  candidateCookie: string;
  /** Joined on the interviewer's node. */
  interviewer: TestSocket;
  /** Joined on the candidate's node. */
  candidate: TestSocket;
}

/** Created and joined over REST on each person's node; both sockets in the room. */
export async function openCrossNodeRoom(
  interviewerNode: TestServer,
  candidateNode: TestServer,
): Promise<CrossNodeRoom> {
  const interviewerCookie = await interviewerNode.guestCookie('Ivy on A');
  const candidateCookie = await candidateNode.guestCookie('Cal on B');
  const created = await post(
    interviewerNode,
    '/api/interviews',
    { format: 'coding' },
    interviewerCookie,
  );
  if (created.status !== 201) throw new Error(`create failed: ${created.status}`);
  const { session, inviteUrl } = created.body as CreateInterviewResponse;
  const code = decodeURIComponent(inviteUrl.split('/join/')[1] ?? '');
  const joined = await post(candidateNode, '/api/interviews/join', { code }, candidateCookie);
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status}`);
  return {
    sessionId: session.id,
    interviewerCookie,
    candidateCookie,
    interviewer: await joinRoom(interviewerNode, interviewerCookie, session.id),
    candidate: await joinRoom(candidateNode, candidateCookie, session.id),
  };
}

/** The `doc:update` events stored for the room, once every node wrote its pending batch. */
export async function storedDocUpdates(nodes: TestServer[], sessionId: string): Promise<number> {
  for (const node of nodes) await node.store.flush();
  const events = await nodes[0]!.store.readAllEvents(sessionId);
  return events.filter((event) => event.type === 'doc:update').length;
}
