import { describe, expect, it } from 'vitest';
import type { Participant, Session, User } from '@mockloop/shared';
import { AppError } from '../http/AppError';
import { assertInterviewer, inviteCodeMatches } from './access';

function user(id: string): User {
  return {
    id,
    username: null,
    displayName: id,
    kind: 'guest',
    passwordHash: null,
    createdAt: 0,
  };
}

function participant(userId: string, role: Participant['role'], former = false): Participant {
  return { userId, role, joinedAt: 0, former };
}

function session(participants: Participant[]): Session {
  return {
    id: 's-1',
    kind: 'interview',
    title: '',
    status: 'active',
    createdBy: 'ivy',
    createdAt: 0,
    updatedAt: 0,
    deadline: null,
    endedAt: null,
    participants,
    questions: [],
    summary: null,
    feedback: [],
  };
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

// AR4 and AR5 have no REST or socket surface yet (rooms come later), so they are proven here.
describe('assertInterviewer', () => {
  const live = session([
    participant('ivy', 'interviewer'),
    participant('cal', 'candidate'),
    participant('old', 'interviewer', true),
  ]);

  it('[AR4] lets the current interviewer change the question or timer', () => {
    expect(refusal(() => assertInterviewer(live, user('ivy')))).toBeUndefined();
  });

  it('[AR4] refuses the candidate, a stranger and a former interviewer with 403 forbidden', () => {
    for (const id of ['cal', 'stranger', 'old']) {
      expect(
        refusal(() => assertInterviewer(live, user(id))),
        id,
      ).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
    }
  });

  it('[AR4] follows a role swap: the new interviewer may, the old one may not', () => {
    const swapped = session([participant('ivy', 'candidate'), participant('cal', 'interviewer')]);
    expect(refusal(() => assertInterviewer(swapped, user('cal')))).toBeUndefined();
    expect(refusal(() => assertInterviewer(swapped, user('ivy')))).toMatchObject({ status: 403 });
  });
});

describe('inviteCodeMatches', () => {
  const code = 'k3J9-xQ2p-Lm7w';

  it('[AR5] accepts exactly the room’s invite code', () => {
    expect(inviteCodeMatches(code, code)).toBe(true);
  });

  it('[AR5] refuses any other code: one character off, another case, prefixes, extensions, empty', () => {
    const wrong = [
      'k3J9-xQ2p-Lm7x',
      code.toLowerCase(),
      code.slice(0, -1),
      `${code}!`,
      '',
      ' '.repeat(code.length),
      `${code}\u0000`,
    ];
    for (const given of wrong) expect(inviteCodeMatches(code, given), given).toBe(false);
  });

  it('[AR5] compares bytes, so look-alike Unicode does not match', () => {
    expect(inviteCodeMatches('café', 'cafe\u0301')).toBe(false);
    expect(inviteCodeMatches('abc', 'аbc')).toBe(false); // Cyrillic а
  });
});
