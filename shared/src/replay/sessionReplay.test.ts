import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { encodeDocFrame, SharedDocKey } from '../docFrames';
import { PracticeEvent } from '../schemas/practiceState';
import { RoomEvent } from '../schemas/roomEvents';
import type { EventPayload, SessionEvent } from '../schemas/session';
import { foldSessionReplay, partAt } from './sessionReplay';

/** A log built in order; each event gets the next seq. */
function logOf(rows: [at: number, actorId: string | null, type: string, payload: EventPayload][]) {
  return rows.map(([at, actorId, type, payload], i): SessionEvent => ({
    sessionId: 's1',
    seq: i + 1,
    at,
    actorId,
    type,
    payload,
    visibility: 'everyone',
  }));
}

const question = (kind: string, starter?: string) => ({
  id: `q-${kind}`,
  kind,
  title: `A ${kind} question`,
  difficulty: 'easy',
  tags: [],
  competencies: [],
  timeLimitMinutes: 30,
  contentHash: 'abcdef12',
  prompt: 'Do it.',
  sections: [],
  hints: [],
  ...(starter === undefined
    ? {}
    : {
        coding: {
          style: 'function',
          entry: 'f',
          compare: 'exact',
          cpuTimeLimitMs: 2000,
          memoryLimitMb: 64,
          examples: [],
          hiddenCount: 0,
          starters: { javascript: starter },
        },
      }),
});

const result = (verdict: string, passed: number) => ({ verdict, passed, total: 2, tests: [] });
const coding = (code: string) => ({ kind: 'coding', language: 'javascript', code });
const start = (index: number, at: number, kind: string, starter?: string) => ({
  index,
  questionId: `q-${kind}`,
  contentHash: 'abcdef12',
  minutes: 30,
  startedAt: at,
  deadline: at + 1_800_000,
  question: question(kind, starter),
});

describe('foldSessionReplay: practice', () => {
  const events = logOf([
    [1_000, 'me', PracticeEvent.RoundStart, start(0, 1_000, 'coding', '// start')],
    [3_000, 'me', PracticeEvent.DraftSave, { index: 0, revision: 2, draft: coding('a') }],
    // An older revision arriving late changes nothing.
    [4_000, 'me', PracticeEvent.DraftSave, { index: 0, revision: 1, draft: coding('OLD') }],
    [5_000, 'me', PracticeEvent.HintReveal, { index: 0, hintIndex: 0, heading: 'Think' }],
    [
      9_000,
      'me',
      PracticeEvent.Run,
      {
        index: 0,
        mode: 'run',
        language: 'typescript',
        code: 'ab',
        result: result('wrong_answer', 1),
      },
    ],
    [
      9_500,
      'me',
      PracticeEvent.Run,
      {
        index: 0,
        mode: 'submit',
        language: 'typescript',
        code: 'abc',
        result: result('accepted', 2),
      },
    ],
    [10_000, 'me', PracticeEvent.RoundEnd, { index: 0, reason: 'ended' }],
    [10_000, 'me', PracticeEvent.RoundStart, start(1, 10_000, 'behavioral')],
    [
      12_000,
      null,
      PracticeEvent.RoundVerdict,
      {
        index: 0,
        verdict: 'accepted',
        passed: 2,
        total: 2,
        result: result('accepted', 2),
        language: 'typescript',
      },
    ],
    [
      40_000,
      'me',
      PracticeEvent.DraftSave,
      {
        index: 1,
        revision: 1,
        draft: { kind: 'behavioral', situation: 'S1', task: 'T1', action: 'A1', result: 'R1' },
      },
    ],
    [50_000, 'me', PracticeEvent.RoundEnd, { index: 1, reason: 'expired' }],
  ]);
  const replay = foldSessionReplay('practice', events);
  const [first, second] = replay.parts;

  it('gives one part per round with the code as saved or run at each instant', () => {
    expect(replay.parts.map((p) => [p.round, p.kind, p.title])).toEqual([
      [0, 'coding', 'A coding question'],
      [1, 'behavioral', 'A behavioral question'],
    ]);
    expect(first!.codeAt(1_500)).toBe('// start');
    expect(first!.codeAt(3_000)).toBe('a');
    expect(first!.codeAt(8_999)).toBe('a');
    expect(first!.codeAt(9_000)).toBe('ab');
    expect(first!.languageAt(9_000)).toBe('typescript');
    expect(first!.codeAt(99_000)).toBe('abc');
    expect([first!.start, first!.end]).toEqual([1_000, 12_000]);
  });

  it('marks the round’s start, hint, run, submit with verdicts, end and final verdict', () => {
    expect(first!.markers.map((m) => [m.kind, m.at, m.verdict ?? null])).toEqual([
      ['round-start', 1_000, null],
      ['hint', 5_000, null],
      ['run', 9_000, 'wrong_answer'],
      ['submit', 9_500, 'accepted'],
      ['round-end', 10_000, null],
      ['submit', 12_000, 'accepted'],
    ]);
    expect(first!.markers[2]!.label).toBe('Run: wrong_answer (1/2)');
  });

  it('gives a behavioral answer at an instant, and the person’s activity as spans', () => {
    expect(second!.answerAt(39_999)).toBe('');
    expect(second!.answerAt(40_000)).toContain('Situation: S1');
    expect(second!.answerAt(40_000)).toContain('Result: R1');
    // The stale save is no edit, so the 6 s to the run is a pause.
    expect(first!.spans).toEqual([
      { actorId: 'me', start: 3_000, end: 3_000 },
      { actorId: 'me', start: 9_000, end: 9_500 },
    ]);
    expect(partAt(replay, 20_000)?.round).toBe(1);
    expect(replay.notesAt(1e12)).toEqual([]);
  });
});

/** A shared document typed by two people, as its `doc:update` frames. */
function sharedDocLog() {
  const doc = new Y.Doc();
  const frames: Uint8Array<ArrayBuffer>[] = [];
  doc.on('update', (u: Uint8Array) => frames.push(encodeDocFrame(0, u)));
  doc.getMap(SharedDocKey.Meta).set('language', 'javascript'); // 0
  doc.getText(SharedDocKey.Code).insert(0, 'let x'); // 1
  doc.getText(SharedDocKey.Code).insert(5, ' = 1;'); // 2
  doc.getMap(SharedDocKey.Meta).set('language', 'typescript'); // 3
  doc.getMap(SharedDocKey.Scene).set('box', { id: 'box', version: 1, isDeleted: false }); // 4
  doc.getMap(SharedDocKey.Scene).set('box', { id: 'box', version: 2, isDeleted: true }); // 5
  const snapshot = encodeDocFrame(0, Y.encodeStateAsUpdate(doc));
  return { frames, snapshot };
}

describe('foldSessionReplay: live interview', () => {
  const { frames, snapshot } = sharedDocLog();
  const present = {
    round: 0,
    docIndex: 0,
    questionId: 'q',
    title: 'Two sum',
    kind: 'coding',
    contentHash: 'abcdef12',
  };
  const events = logOf([
    [1_000, 'int', RoomEvent.RoundStart, { index: 0, interviewerId: 'int', candidateId: 'cand' }],
    [2_000, 'int', RoomEvent.Present, present],
    [2_000, null, RoomEvent.DocUpdate, frames[0]!],
    [3_000, 'cand', RoomEvent.DocUpdate, frames[1]!],
    [4_000, 'int', RoomEvent.Chat, { text: 'hi' }],
    [5_000, 'int', RoomEvent.DocUpdate, frames[2]!],
    [6_000, 'int', RoomEvent.Note, { text: 'MY-NOTE', round: 0 }],
    [7_000, 'cand', RoomEvent.DocUpdate, frames[3]!],
    [
      8_000,
      'cand',
      RoomEvent.Run,
      {
        docIndex: 0,
        by: 'cand',
        mode: 'submit',
        language: 'typescript',
        result: result('accepted', 2),
      },
    ],
    [20_000, 'cand', RoomEvent.DocUpdate, frames[4]!],
    [21_000, null, RoomEvent.DocSnapshot, snapshot],
    [22_000, 'cand', RoomEvent.DocUpdate, frames[5]!],
    [30_000, 'int', RoomEvent.Finish, {}],
  ]);
  const replay = foldSessionReplay('interview', events);
  const part = replay.parts[0]!;

  it('rebuilds the shared code and language at each instant through the doc frames', () => {
    expect(replay.parts).toHaveLength(1);
    expect([part.title, part.start, part.end]).toEqual(['Two sum', 2_000, 30_000]);
    expect(part.codeAt(2_500)).toBe('');
    expect(part.codeAt(3_000)).toBe('let x');
    expect(part.codeAt(6_000)).toBe('let x = 1;');
    expect(part.languageAt(6_999)).toBe('javascript');
    expect(part.languageAt(7_000)).toBe('typescript');
    expect(part.codeAt(30_000)).toBe('let x = 1;');
  });

  it('shows the whiteboard at an instant, a deleted element gone', () => {
    expect(part.sceneAt(19_999)).toEqual([]);
    expect(part.sceneAt(20_000)).toEqual([{ id: 'box', version: 1, isDeleted: false }]);
    expect(part.sceneAt(22_000)).toEqual([]);
  });

  it('marks the round start, chat, submit and finish, and tracks who typed when', () => {
    expect(part.markers.map((m) => [m.kind, m.at])).toEqual([
      ['round-start', 1_000],
      ['chat', 4_000],
      ['submit', 8_000],
      ['round-end', 30_000],
    ]);
    expect(part.spans).toEqual([
      { actorId: 'cand', start: 3_000, end: 7_000 },
      { actorId: 'int', start: 5_000, end: 5_000 },
      { actorId: 'cand', start: 20_000, end: 22_000 },
    ]);
  });

  it('gives the viewer’s notes written up to an instant', () => {
    expect(replay.notesAt(5_999)).toEqual([]);
    expect(replay.notesAt(6_000)).toEqual([{ at: 6_000, text: 'MY-NOTE' }]);
    expect([replay.start, replay.end]).toEqual([1_000, 30_000]);
  });
});
