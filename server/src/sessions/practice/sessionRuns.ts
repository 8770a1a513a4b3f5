import {
  PracticeEvent,
  type JsonValue,
  type Language,
  type RunMode,
  type RunResult,
  type User,
} from '@mockloop/shared';
import type { Practice } from './createPractice';
import { practiceErrors } from './practiceErrors';
import { assertRunning, roundAt, withOwnSession } from './roundAccess';

/** A run's place in a session, found before judging. */
export interface SessionRunRef {
  sessionId: string;
  index: number;
  actorId: string;
}

/** How `POST /api/runs` records a run or submit in a practice session. */
export interface SessionRunHooks {
  /** 404 not the caller's, 400 another question, 409 round over; else where to record it. */
  check(user: User, sessionId: string, questionId: string): Promise<SessionRunRef>;
  /** Writes the result, as the person saw it, to the log. */
  record(
    ref: SessionRunRef,
    run: { mode: RunMode; language: Language; code: string; result: RunResult },
  ): Promise<void>;
}

export function sessionRunHooks(practice: Practice): SessionRunHooks {
  return {
    check(user, sessionId, questionId) {
      return withOwnSession(practice, user, sessionId, (ctx) => {
        // The latest started round asking this question: a loop may ask one twice.
        let index = -1;
        ctx.log.rounds.forEach((round, i) => {
          if (round.start?.questionId === questionId) index = i;
        });
        if (index === -1) throw practiceErrors.questionNotInRound(questionId);
        assertRunning(practice, ctx, roundAt(ctx, index));
        return { sessionId, index, actorId: user.id };
      });
    },
    async record(ref, run) {
      const payload = { index: ref.index, ...run } as unknown as JsonValue;
      await practice.engine.mutate(ref.sessionId, (ctx) =>
        practice.engine.append(ctx, ref.actorId, [{ type: PracticeEvent.Run, payload }]),
      );
    },
  };
}
