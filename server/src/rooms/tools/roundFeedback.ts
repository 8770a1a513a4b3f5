import { RoomChange, RoomEvent, type InterviewerRating, type Scorecard } from '@mockloop/shared';
import { assertInterviewer } from '../../auth/access';
import { assertRoundCandidate, assertRoundInterviewer } from '../../auth/roundFeedbackAccess';
import type { IoSocket } from '../../realtime/ioTypes';
import { announceChange } from '../roomChannels';
import { broadcastTimer } from './changeTimer';
import { assertRoundEnded, roundAt, runningRound } from './roomGuards';
import { scorecardFeedback } from './scorecardFeedback';
import { toolErrors } from './toolErrors';
import { withOpenRoom, type RoomToolDeps } from './withOpenRoom';

/** `room:end-round`: the interviewer ([AR4]) ends the running round; its timer stops. */
export function endRound(
  deps: RoomToolDeps,
  socket: IoSocket,
  sessionId: string,
): Promise<{ round: number }> {
  return withOpenRoom(deps, socket, sessionId, async (room, log) => {
    assertInterviewer(room.session(), deps.user);
    const round = runningRound(log);
    await room.append([
      {
        actorId: deps.user.id,
        type: RoomEvent.RoundEnd,
        payload: { round: round.index },
        visibility: 'everyone',
      },
    ]);
    broadcastTimer(deps.io, sessionId, round);
    announceChange(deps.io, sessionId, RoomChange.RoundEnded);
    return { round: round.index };
  });
}

/**
 * `scorecard:submit`: the round's interviewer ([AR9]) scores an ended round, once. It is also
 * the session's feedback, which history and progress read.
 */
export function submitScorecard(
  deps: RoomToolDeps,
  socket: IoSocket,
  {
    sessionId,
    round: index,
    scorecard,
  }: { sessionId: string; round: number; scorecard: Scorecard },
): Promise<{ round: number }> {
  return withOpenRoom(deps, socket, sessionId, async (room, log) => {
    const round = roundAt(log, index);
    assertRoundInterviewer(round, deps.user);
    assertRoundEnded(round);
    if (round.scorecard) throw toolErrors.alreadySubmitted('scorecard');
    const [stored] = await room.append([
      {
        actorId: deps.user.id,
        type: RoomEvent.Scorecard,
        payload: { round: index, scorecard },
        visibility: 'everyone',
      },
    ]);
    const createdAt = stored?.at ?? Date.now();
    await deps.store.addFeedback(sessionId, scorecardFeedback(deps.user.id, createdAt, scorecard));
    await room.refreshSession();
    announceChange(deps.io, sessionId, RoomChange.Feedback);
    return { round: index };
  });
}

/** `rating:submit`: the round's candidate ([AR9]) rates its interviewer once the round ended, once. */
export function submitRating(
  deps: RoomToolDeps,
  socket: IoSocket,
  {
    sessionId,
    round: index,
    rating,
  }: { sessionId: string; round: number; rating: InterviewerRating },
): Promise<{ round: number }> {
  return withOpenRoom(deps, socket, sessionId, async (room, log) => {
    const round = roundAt(log, index);
    assertRoundCandidate(round, deps.user);
    assertRoundEnded(round);
    if (round.rating) throw toolErrors.alreadySubmitted('rating');
    await room.append([
      {
        actorId: deps.user.id,
        type: RoomEvent.Rating,
        payload: { round: index, rating },
        visibility: 'everyone',
      },
    ]);
    announceChange(deps.io, sessionId, RoomChange.Feedback);
    return { round: index };
  });
}
