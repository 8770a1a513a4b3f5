import { describe, expect, it } from 'vitest';
import type { User } from '@mockloop/shared';
import { AppError } from '../http/AppError';
import { assertRoundCandidate, assertRoundInterviewer } from './roundFeedbackAccess';

function user(id: string): User {
  return { id, username: null, displayName: id, kind: 'guest', passwordHash: null, createdAt: 0 };
}

function refusal(run: () => void): AppError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('[AR9] a round is scored by its interviewer and rated by its candidate', () => {
  const round = { interviewerId: 'ivy', candidateId: 'cal' };

  it('[AR9] lets the round interviewer score it and nobody else', () => {
    expect(refusal(() => assertRoundInterviewer(round, user('ivy')))).toBeUndefined();
    for (const id of ['cal', 'eve']) {
      expect(refusal(() => assertRoundInterviewer(round, user(id)))).toMatchObject({
        code: 'forbidden',
      });
    }
  });

  it('[AR9] lets the round candidate rate it and nobody else, nobody when the seat was empty', () => {
    expect(refusal(() => assertRoundCandidate(round, user('cal')))).toBeUndefined();
    for (const id of ['ivy', 'eve']) {
      expect(refusal(() => assertRoundCandidate(round, user(id)))).toMatchObject({
        code: 'forbidden',
      });
    }
    const empty = { interviewerId: 'ivy', candidateId: null };
    expect(refusal(() => assertRoundCandidate(empty, user('ivy')))).toMatchObject({
      code: 'forbidden',
    });
  });
});
