import {
  InterviewFormat,
  ParticipantRole,
  RoomEvent,
  SessionKind,
  type Session,
  type User,
} from '@mockloop/shared';
import type { Store } from '../../store/port';
import { newInviteCode } from './inviteCode';

const TITLES: Record<InterviewFormat, string> = {
  [InterviewFormat.Coding]: 'Coding interview',
  [InterviewFormat.Behavioral]: 'Behavioral interview',
  [InterviewFormat.SystemDesign]: 'System design interview',
  [InterviewFormat.Loop]: 'Interview loop',
};

/**
 * A new live interview with `creator` as its interviewer and nobody yet in the candidate's seat.
 * Its log starts with the format and invite code (only the creator reads that event) and the
 * first round.
 */
export async function createInterview(
  store: Store,
  creator: User,
  format: InterviewFormat,
): Promise<{ session: Session; code: string }> {
  const session = await store.createSession({
    kind: SessionKind.Interview,
    title: TITLES[format],
    createdBy: creator.id,
    participants: [{ userId: creator.id, role: ParticipantRole.Interviewer }],
  });
  const code = newInviteCode(session.id);
  await store.appendEvents(session.id, [
    {
      actorId: creator.id,
      type: RoomEvent.Created,
      payload: { format, inviteCode: code },
      visibility: 'author',
    },
    {
      actorId: creator.id,
      type: RoomEvent.RoundStart,
      payload: { index: 0, interviewerId: creator.id, candidateId: null },
      visibility: 'everyone',
    },
  ]);
  return { session, code };
}
