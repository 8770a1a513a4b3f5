import {
  MAX_DOC_INDEX,
  RoomChange,
  RoomErrorCode,
  RoomEvent,
  type Session,
} from '@mockloop/shared';
import { assertInterviewer } from '../../auth/access';
import { badRequest, notFound } from '../../http/AppError';
import { onClientEvent } from '../../realtime/onClientEvent';
import type { IoServer, IoSocket } from '../../realtime/ioTypes';
import { announceChange } from '../roomChannels';
import { interviewOver, roomError } from '../roomErrors';
import { currentRound } from '../roomLog';
import type { DocDeps } from '../docs/registerDocHandlers';

/**
 * `room:present`: the interviewer asks a bank question in the current round. It is recorded on
 * the session, its shared document is seeded and stored (a coding question's starter, in
 * JavaScript), and only then is it announced, so no one opens a document that is not there.
 */
export function registerPresentHandler(io: IoServer, socket: IoSocket, deps: DocDeps): void {
  const { hub, docs, bank, store, user } = deps;
  onClientEvent(
    socket,
    'room:present',
    async ({ sessionId, questionId }) => {
      const { room } = await hub.member(socket, sessionId);
      const docIndex = await room.exclusive(async () => {
        // [AR4] Only the interviewer changes the question.
        assertInterviewer(room.session(), user);
        const log = room.log();
        if (log.finished) throw interviewOver();
        const round = currentRound(log);
        if (!round || round.endedAt !== null) {
          throw roomError(RoomErrorCode.RoundOver, 'The round has ended.');
        }
        const question = bank.publicView(questionId);
        if (!question) throw notFound(`No question "${questionId}".`);
        const index = log.docs.length;
        if (index > MAX_DOC_INDEX)
          throw badRequest('This room has asked all the questions it can.');

        await store.addQuestion(sessionId, {
          questionId,
          contentHash: question.contentHash,
          competencies: question.competencies as Session['questions'][number]['competencies'],
          askedAt: Date.now(),
          deadline: null,
        });
        await room.refreshSession();
        const starter = bank.coding(questionId)?.starters.javascript;
        await docs.seed(
          room,
          index,
          question.kind === 'coding' ? { code: starter ?? '', language: 'javascript' } : {},
        );
        const { title, kind, contentHash } = question;
        await room.append([
          {
            actorId: user.id,
            type: RoomEvent.Present,
            payload: { round: round.index, docIndex: index, questionId, title, kind, contentHash },
            visibility: 'everyone',
          },
        ]);
        return index;
      });
      announceChange(io, sessionId, RoomChange.Question);
      return { docIndex };
    },
    deps,
  );
}
