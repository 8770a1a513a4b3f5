import type {
  CandidateQuestion,
  InterviewerMaterial,
  RoomQuestion,
  RoomRound,
  RoomSnapshot,
} from '@mockloop/shared';
import type { RoomController, RoomRequestName } from '../RoomController';

/*
 * Test fixtures: a plain RoomController object (no socket) whose `request` records what a panel
 * sent and answers with whatever the test says, and snapshots shaped as each role receives them.
 */

export const INTERVIEWER = { userId: 'u-ivy', displayName: 'Ivy Interviewer' };
export const CANDIDATE = { userId: 'u-cam', displayName: 'Cam Candidate' };
export const ROUND_START = 1_700_000_000_000;

/** Text only the interviewer may ever see; a candidate's render must contain none of it. */
export const SECRETS = {
  rubric: 'SECRET-RUBRIC-covers-edge-cases',
  hiddenCase: 'secret-hidden-case-large-input',
  solution: 'function secretReferenceSolution() {}',
  unrevealedHint: 'SECRET-HINT-two-try-a-hash-map',
};

const HINT_ONE = { heading: 'Hint 1', visibility: 'hint' as const, markdown: 'Sort first.' };
const HINT_TWO = {
  heading: 'Hint 2',
  visibility: 'hint' as const,
  markdown: SECRETS.unrevealedHint,
};

export function candidateView(revealed = 1): CandidateQuestion {
  return {
    id: 'two-sum',
    kind: 'coding',
    title: 'Two Sum',
    difficulty: 'easy',
    tags: [],
    competencies: ['problem-solving', 'communication'],
    timeLimitMinutes: 25,
    prompt: 'Find two numbers that add up to the target.',
    sections: [{ heading: 'Constraints', visibility: 'public', markdown: 'n up to 10^5' }],
    hints: [HINT_ONE, HINT_TWO].slice(0, revealed),
    hintCount: 2,
    contentHash: 'abcdef12',
    coding: {
      style: 'function',
      entry: 'twoSum',
      compare: 'exact',
      cpuTimeLimitMs: 1000,
      memoryLimitMb: 64,
      examples: [{ name: 'small', args: [[1, 2], 3], expected: [0, 1] }],
      hiddenCount: 1,
      starters: { javascript: 'function twoSum(nums, target) {}' },
    },
  };
}

export const MATERIAL: InterviewerMaterial = {
  interviewerSections: [
    { heading: 'Rubric', visibility: 'interviewer', markdown: SECRETS.rubric },
    { heading: 'Follow-ups', visibility: 'interviewer', markdown: 'What if the input is sorted?' },
  ],
  hidden: [{ name: SECRETS.hiddenCase, args: [[5, 6], 11], expected: [0, 1] }],
  solutions: { javascript: SECRETS.solution },
};

export function round(overrides: Partial<RoomRound> = {}): RoomRound {
  return {
    index: 0,
    interviewerId: INTERVIEWER.userId,
    candidateId: CANDIDATE.userId,
    startedAt: ROUND_START,
    endedAt: null,
    questions: [{ docIndex: 0, questionId: 'two-sum', title: 'Two Sum', kind: 'coding' }],
    scorecard: null,
    rating: null,
    ...overrides,
  };
}

/** The room as the given role receives it, with a question presented unless `question: null`. */
export function snapshotFor(
  role: 'interviewer' | 'candidate',
  overrides: Partial<RoomSnapshot> = {},
): RoomSnapshot {
  const me = role === 'interviewer' ? INTERVIEWER : CANDIDATE;
  const question: RoomQuestion =
    role === 'interviewer'
      ? { docIndex: 0, view: candidateView(2), hintsRevealed: 0, interviewer: MATERIAL }
      : { docIndex: 0, view: candidateView(1), hintsRevealed: 1 };
  return {
    sessionId: 's-room',
    title: 'Coding interview',
    format: 'coding',
    status: 'active',
    you: { userId: me.userId, role },
    participants: [
      { ...INTERVIEWER, role: 'interviewer', online: true },
      { ...CANDIDATE, role: 'candidate', online: true },
    ],
    rounds: [round()],
    question,
    timer: { durationMs: 0, running: false, remainingMs: 0, endsAt: null },
    chat: [],
    notes: [],
    lastRun: null,
    serverTime: ROUND_START,
    ...overrides,
  };
}

export interface SentRequest {
  event: RoomRequestName;
  payload: unknown;
}

/** How the fixture answers a request: return the ack's data, or throw a `RoomRequestError`. */
export type Answer = (event: RoomRequestName, payload: unknown) => unknown;

/** A RoomController for a test: records requests in `sent`; `markChatRead` counts its calls. */
export function testRoom(
  snapshot: RoomSnapshot,
  options: { answer?: Answer; controller?: Partial<RoomController> } = {},
) {
  const sent: SentRequest[] = [];
  const reads = { count: 0 };
  const answer = options.answer ?? (() => ({}));
  const request = (event: RoomRequestName, payload: unknown) => {
    sent.push({ event, payload });
    try {
      return Promise.resolve(answer(event, payload));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const room: RoomController = {
    snapshot,
    isInterviewer: snapshot.you.role === 'interviewer',
    timer: snapshot.timer,
    running: null,
    lastRun: snapshot.lastRun,
    unreadChat: 0,
    markChatRead: () => {
      reads.count += 1;
    },
    joins: 1,
    doc: null,
    // The fixture answers every event alike; the panels' calls are still type-checked.
    request: request as RoomController['request'],
    ...options.controller,
  };
  return { room, sent, reads };
}
