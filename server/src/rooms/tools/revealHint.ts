import { RoomEvent, type QuestionSection } from '@mockloop/shared';
import { assertInterviewer } from '../../auth/access';
import type { IoSocket } from '../../realtime/ioTypes';
import { allChannel } from '../roomChannels';
import { currentDoc } from '../roomLog';
import { runningRound } from './roomGuards';
import { toolErrors } from './toolErrors';
import { withOpenRoom, type RoomToolDeps } from './withOpenRoom';

/**
 * `room:hint`: the interviewer ([AR4]) reveals the next hint of the round's question. Its text
 * comes from the bank's interviewer view, since hints are never in what a candidate was sent;
 * once revealed it is stored and sent to both.
 */
export function revealHint(
  deps: RoomToolDeps,
  socket: IoSocket,
  sessionId: string,
): Promise<{ index: number }> {
  return withOpenRoom(deps, socket, sessionId, async (room, log) => {
    assertInterviewer(room.session(), deps.user);
    runningRound(log);
    const doc = currentDoc(log);
    const question = doc && deps.bank.interviewerView(doc.questionId);
    if (!doc || !question) throw toolErrors.noQuestion();
    const index = doc.revealedHints.length;
    const next = question.hints[index];
    if (!next) throw toolErrors.noMoreHints();
    const hint: QuestionSection = {
      heading: next.heading,
      visibility: 'hint',
      markdown: next.markdown,
    };
    await room.append([
      {
        actorId: deps.user.id,
        type: RoomEvent.HintReveal,
        payload: { docIndex: doc.docIndex, index, heading: hint.heading, markdown: hint.markdown },
        visibility: 'everyone',
      },
    ]);
    deps.io.to(allChannel(sessionId)).emit('room:hint', { docIndex: doc.docIndex, index, hint });
    return { index };
  });
}
