import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoomEvent, type RoomRunResult, type RoomSnapshot, type RunResult } from '@mockloop/shared';
import { startTestServer, type TestServer, type TestSocket } from '../helpers/startTestServer';
import { ok, openDocRoom, present, request, SMALL_BANK, syncedDoc } from './helpers/docRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(SMALL_BANK);
});
afterAll(async () => {
  await server.stop();
});

// Right on the examples, wrong on most hidden cases (`hidden-value-case` is 424242 / 2).
const HALF_RIGHT = 'function countMultiples(n, k) { return n < 20 ? Math.floor(n / k) : 0; }';
const HIDDEN_VALUES = ['424242', '212121'];

function nextRunResult(socket: TestSocket): Promise<RoomRunResult> {
  return new Promise((resolve) => socket.once('room:run-result', resolve));
}

describe('room:present', () => {
  it('[AR4] refuses a candidate with forbidden and presents nothing', async () => {
    const room = await openDocRoom(server);
    const refused = await request(room.candidate.socket, 'room:present', {
      sessionId: room.sessionId,
      questionId: 'count-multiples',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const state = await ok(
      request<RoomSnapshot>(room.candidate.socket, 'room:state', { sessionId: room.sessionId }),
    );
    expect(state.question).toBeNull();
    const events = await server.store.readAllEvents(room.sessionId);
    expect(events.some((e) => e.type === RoomEvent.Present)).toBe(false);
  });

  it('[AR4] lets the interviewer present, tells both sockets to re-read, seeds the document', async () => {
    const room = await openDocRoom(server);
    const changed = new Promise((resolve) => room.candidate.socket.once('room:changed', resolve));
    const docIndex = await present(room);
    expect(await changed).toEqual({ reason: 'question' });
    const state = await ok(
      request<RoomSnapshot>(room.candidate.socket, 'room:state', { sessionId: room.sessionId }),
    );
    expect(state.question?.docIndex).toBe(docIndex);
    const doc = await syncedDoc(room.candidate.socket, docIndex);
    expect(doc.code).toContain('function countMultiples');
  });
});

describe('room:run', () => {
  it('judges the shared code; the candidate gets no hidden-case details, the interviewer does', async () => {
    const room = await openDocRoom(server);
    const { sessionId } = room;
    expect(
      await request(room.candidate.socket, 'room:run', { sessionId, mode: 'run' }),
    ).toMatchObject({ ok: false, error: { code: 'no_question' } });
    const docIndex = await present(room);
    const doc = await syncedDoc(room.candidate.socket, docIndex);
    const peer = await syncedDoc(room.interviewer.socket, docIndex);
    doc.text.delete(0, doc.text.length);
    doc.text.insert(0, HALF_RIGHT);
    await peer.until((c) => c.code === HALF_RIGHT);

    const started = new Promise((resolve) =>
      room.interviewer.socket.once('room:run-started', resolve),
    );
    const toCandidate = nextRunResult(room.candidate.socket);
    const toInterviewer = nextRunResult(room.interviewer.socket);
    const ack = await ok(
      request<RoomRunResult>(room.candidate.socket, 'room:run', { sessionId, mode: 'submit' }),
    );
    expect(await started).toMatchObject({ docIndex, mode: 'submit' });

    const candidateView = await toCandidate;
    expect(ack).toEqual(candidateView);
    expect(candidateView.result.verdict).toBe('wrong_answer');
    const hidden = candidateView.result.tests.filter((t) => t.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const test of hidden) {
      expect(Object.keys(test).sort()).toEqual(
        expect.arrayContaining(['hidden', 'name', 'verdict']),
      );
      expect(test).not.toHaveProperty('timeMs');
      expect(test).not.toHaveProperty('expected');
      expect(test).not.toHaveProperty('actual');
    }
    const candidateJson = JSON.stringify(candidateView);
    for (const value of HIDDEN_VALUES) expect(candidateJson).not.toContain(value);

    const interviewerView = await toInterviewer;
    const full = interviewerView.result as RunResult;
    expect(full.tests.filter((t) => t.hidden).every((t) => typeof t.timeMs === 'number')).toBe(
      true,
    );
    expect(interviewerView).toMatchObject({ docIndex, mode: 'submit', language: 'javascript' });
    expect(interviewerView.at).toBe(candidateView.at);

    const events = await server.store.readAllEvents(sessionId);
    expect(events.find((e) => e.type === RoomEvent.RunDetail)?.visibility).toBe('interviewer');
    expect(events.find((e) => e.type === RoomEvent.Run)?.visibility).toBe('everyone');
  });

  it('answers the interviewer who runs with the full result', async () => {
    const room = await openDocRoom(server);
    await present(room);
    const ack = await ok(
      request<RoomRunResult>(room.interviewer.socket, 'room:run', {
        sessionId: room.sessionId,
        mode: 'submit',
      }),
    );
    expect(ack.result.tests.filter((t) => t.hidden).every((t) => 'timeMs' in t)).toBe(true);
  });

  it('[AR2] sends the judge’s detail to whoever interviewed when the run began, even across a swap', async () => {
    const room = await openDocRoom(server);
    const { sessionId } = room;
    const docIndex = await present(room);
    const doc = await syncedDoc(room.candidate.socket, docIndex);
    const peer = await syncedDoc(room.interviewer.socket, docIndex);
    // Slow enough on every case for the round to end and the seats to swap while it is judged.
    const SLOW =
      'function countMultiples(n, k) { const end = Date.now() + 300; while (Date.now() < end); return Math.floor(n / k); }';
    doc.text.delete(0, doc.text.length);
    doc.text.insert(0, SLOW);
    await peer.until((c) => c.code === SLOW);

    const started = new Promise((resolve) =>
      room.interviewer.socket.once('room:run-started', resolve),
    );
    const toFormerCandidate = nextRunResult(room.candidate.socket);
    const toFormerInterviewer = nextRunResult(room.interviewer.socket);
    const run = request<RoomRunResult>(room.candidate.socket, 'room:run', {
      sessionId,
      mode: 'submit',
    });
    await started;
    await ok(request(room.interviewer.socket, 'room:end-round', { sessionId }));
    await ok(request(room.interviewer.socket, 'room:swap', { sessionId }));

    const formerCandidate = await toFormerCandidate;
    expect(formerCandidate.result.tests.filter((t) => t.hidden).some((t) => 'timeMs' in t)).toBe(
      false,
    );
    expect(await ok(run)).toEqual(formerCandidate);
    const formerInterviewer = await toFormerInterviewer;
    expect(formerInterviewer.result.tests.filter((t) => t.hidden).every((t) => 'timeMs' in t)).toBe(
      true,
    );
  });

  it('refuses a run on a question that is not coding', async () => {
    const room = await openDocRoom(server);
    await present(room, 'disagree-with-senior');
    expect(
      await request(room.candidate.socket, 'room:run', { sessionId: room.sessionId, mode: 'run' }),
    ).toMatchObject({ ok: false, error: { code: 'not_coding' } });
  });
});
