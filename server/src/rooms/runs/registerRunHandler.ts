import {
  ParticipantRole,
  RoomErrorCode,
  RoomEvent,
  type JsonValue,
  type RoomRunResult,
  type RunResult,
} from '@mockloop/shared';
import { busy } from '../../http/AppError';
import type { RateLimitRule } from '../../http/rateLimit';
import { memoryLimiter, type MakeLimiter, type SharedLimiter } from '../../http/sharedLimiter';
import { publicRunResult, RUN_RATE_LIMIT } from '../../http/routes/runs';
import { JudgeBusyError } from '../../judge';
import { onClientEvent } from '../../realtime/onClientEvent';
import type { IoServer, IoSocket } from '../../realtime/ioTypes';
import { allChannel, userChannel } from '../roomChannels';
import { interviewOver, roomError } from '../roomErrors';
import { currentDoc } from '../roomLog';
import type { DocDeps } from '../docs/registerDocHandlers';

/** Built once per app: one run at a time per room, and each user's run allowance. */
export interface RunGate {
  readonly running: Set<string>;
  readonly limiter: SharedLimiter;
}

/** The same per-user allowance as `POST /api/runs` (a separate bucket of the same size). */
export function createRunGate(
  rule: RateLimitRule = RUN_RATE_LIMIT,
  makeLimiter: MakeLimiter = memoryLimiter,
): RunGate {
  return { running: new Set(), limiter: makeLimiter('room-runs', rule) };
}

/**
 * `room:run`: either participant runs or submits the current question's shared code. Everyone
 * is told it started; the judge's result goes to whoever was the interviewer when the run was
 * accepted, everyone else gets the candidate's view (no hidden-case details), and both views
 * are stored.
 */
export function registerRunHandler(io: IoServer, socket: IoSocket, deps: DocDeps): void {
  const { hub, docs, bank, judge, runs, user } = deps;
  onClientEvent(
    socket,
    'room:run',
    async ({ sessionId, mode }) => {
      const { room } = await hub.member(socket, sessionId);
      const log = room.log();
      if (log.finished) throw interviewOver();
      const doc = currentDoc(log);
      if (!doc) throw roomError(RoomErrorCode.NoQuestion, 'No question has been presented yet.');
      const question = doc.kind === 'coding' ? bank.coding(doc.questionId) : undefined;
      if (!question) throw roomError(RoomErrorCode.NotCoding, 'Only coding questions run.');
      const runInProgress = () =>
        roomError(RoomErrorCode.RunInProgress, 'A run of this room is still being judged.');
      if (runs.running.has(sessionId)) throw runInProgress();
      await runs.limiter.consume(`user:${user.id}`, 'runs');
      // Another run may have started while the allowance was checked.
      if (runs.running.has(sessionId)) throw runInProgress();
      // The seats as the run is accepted: a swap while the judge works must not hand the
      // judge's detail to the person who was the candidate ([AR2]).
      const interviewerId = room
        .session()
        .participants.find((p) => p.role === ParticipantRole.Interviewer && !p.former)?.userId;

      runs.running.add(sessionId);
      try {
        const { code, language } = await docs.readCode(room, doc.docIndex);
        const { docIndex } = doc;
        io.to(allChannel(sessionId)).emit('room:run-started', { docIndex, by: user.id, mode });
        const result = await judgeRun(() => judge.run({ question, language, code, mode }));
        const shown = publicRunResult(result);
        const fields = { docIndex, by: user.id, mode, language };
        const [stored] = await room.exclusive(() =>
          room.append([
            {
              actorId: user.id,
              type: RoomEvent.Run,
              payload: asJson({ ...fields, result: shown }),
              visibility: 'everyone',
            },
            {
              actorId: user.id,
              type: RoomEvent.RunDetail,
              payload: asJson({ ...fields, result }),
              visibility: 'interviewer',
            },
          ]),
        );
        const at = stored?.at ?? Date.now();
        const forCandidate: RoomRunResult = { ...fields, at, result: shown };
        const forInterviewer: RoomRunResult = { ...fields, at, result };
        const interviewerSockets = interviewerId ? [userChannel(sessionId, interviewerId)] : [];
        io.to(allChannel(sessionId))
          .except(interviewerSockets)
          .emit('room:run-result', forCandidate);
        if (interviewerSockets.length > 0) {
          io.to(interviewerSockets).emit('room:run-result', forInterviewer);
        }
        return user.id === interviewerId ? forInterviewer : forCandidate;
      } finally {
        runs.running.delete(sessionId);
      }
    },
    deps,
  );
}

// A run result is plain JSON; its optional fields are left out, never `undefined`.
function asJson(value: Omit<RoomRunResult, 'at'>): JsonValue {
  return value as unknown as JsonValue;
}

async function judgeRun(run: () => Promise<RunResult>): Promise<RunResult> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof JudgeBusyError ? busy(error.message) : error;
  }
}
