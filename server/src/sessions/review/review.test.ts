import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  encodeDocFrame,
  RoomEvent,
  SharedDocKey,
  type Session,
  type SessionEvent,
} from '@mockloop/shared';
import { exportMarkdown } from './exportMarkdown';
import { finalWork } from './finalWork';
import { transcriptEntries } from './transcriptEntries';

let seq = 0;
function event(type: string, payload: SessionEvent['payload'], actorId = 'u1'): SessionEvent {
  seq += 1;
  return {
    sessionId: 's',
    seq,
    at: 1_700_000_000_000 + seq,
    actorId,
    type,
    payload,
    visibility: 'everyone',
  };
}

const present = event(RoomEvent.Present, {
  round: 1,
  docIndex: 0,
  questionId: 'q',
  title: 'Q',
  kind: 'coding',
  contentHash: 'abcdef12',
});

describe('finalWork of an interview', () => {
  it('rebuilds each document from its last snapshot and the updates after it', () => {
    const doc = new Y.Doc();
    const text = doc.getText(SharedDocKey.Code);
    const frames: SessionEvent[] = [present];
    doc.on('update', (u: Uint8Array) =>
      frames.push(event(RoomEvent.DocUpdate, encodeDocFrame(0, u))),
    );
    text.insert(0, 'abc');
    frames.push(event(RoomEvent.DocSnapshot, encodeDocFrame(0, Y.encodeStateAsUpdate(doc))));
    text.insert(3, 'def');
    text.delete(0, 1);
    doc.getMap(SharedDocKey.Meta).set('language', 'typescript');
    // A frame for a document nobody presented, and a broken one, change nothing.
    frames.push(event(RoomEvent.DocUpdate, encodeDocFrame(9, new Uint8Array([0, 0]))));
    frames.push(event(RoomEvent.DocUpdate, new Uint8Array([0xff])));

    expect(finalWork('interview', frames)).toEqual([
      { round: 1, title: 'Q', code: 'bcdef', language: 'typescript' },
    ]);
  });
});

describe('transcriptEntries', () => {
  it('places runs in the round of their document and skips what a reader does not need', () => {
    const run = event(RoomEvent.Run, {
      docIndex: 0,
      by: 'u2',
      mode: 'submit',
      language: 'javascript',
      result: { verdict: 'wrong_answer', passed: 1, total: 2, tests: [] },
    });
    const entries = transcriptEntries([
      present,
      event(RoomEvent.DocUpdate, new Uint8Array([1, 2])),
      run,
    ]);
    expect(entries.map((e) => [e.kind, e.round])).toEqual([
      ['question', 1],
      ['run', 1],
    ]);
    expect(entries[1]).toMatchObject({ verdict: 'wrong_answer', mode: 'submit', actorId: 'u1' });
    expect(entries[1]?.summary).toBe('Submitted (javascript): wrong_answer, 1/2 passed');
  });

  it('records that a call started and ended, and nothing else of it', () => {
    const entries = transcriptEntries([
      event(RoomEvent.CallStarted, {}),
      event(RoomEvent.CallEnded, {}),
    ]);
    expect(entries.map((e) => [e.kind, e.summary, e.body])).toEqual([
      ['call', 'Call started', undefined],
      ['call', 'Call ended', undefined],
    ]);
  });
});

describe('exportMarkdown', () => {
  it('fences code with more backticks than the code holds, so it cannot break out', () => {
    const session = {
      id: 's',
      kind: 'practice',
      title: 'T',
      status: 'completed',
      createdBy: 'u1',
      createdAt: 0,
      updatedAt: 0,
      deadline: null,
      endedAt: 120_000,
      participants: [{ userId: 'u1', role: 'candidate', joinedAt: 0, former: false }],
      questions: [],
      summary: null,
      feedback: [],
    } satisfies Session;
    const code = 'const s = "```\\n# not a heading";';
    const md = exportMarkdown({
      session,
      people: [{ userId: 'u1', displayName: 'Ada', role: 'candidate', former: false }],
      entries: [],
      finalWork: [{ round: 0, title: 'Q', language: 'javascript', code }],
    });
    expect(md).toContain('````javascript\n' + code + '\n````');
    expect(md).toContain('lasted 2 min');
    expect(md).toContain('Ada (candidate)');
  });
});
