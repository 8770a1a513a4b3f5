import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '@mockloop/shared';
import type { TestServer } from '../../helpers/startTestServer';
import {
  nextEvent,
  okData,
  openRoom,
  snapshot,
  startToolServer,
  takeSeat,
  type Seat,
} from './toolRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startToolServer();
});
afterAll(async () => {
  await server.stop();
});

/** Every chat message `seat` receives from now on. */
function collectChat(seat: Seat): ChatMessage[] {
  const messages: ChatMessage[] = [];
  seat.socket.on('chat:message', (message) => messages.push(message));
  return messages;
}

describe('chat', () => {
  it('is stored and delivered once, even when a clientOpId is sent again', async () => {
    const room = await openRoom(server);
    const sessionId = room.sessionId;
    const toInterviewer = collectChat(room.interviewer);
    const toCandidate = collectChat(room.candidate);

    const payload = { sessionId, text: 'Can I assume ASCII input?', clientOpId: 'op-chat-1' };
    const delivered = nextEvent(room.interviewer.socket, 'chat:message');
    const first = okData(await room.candidate.socket.emitWithAck('chat:send', payload));
    expect(await delivered).toEqual(first);
    expect(first).toMatchObject({ authorId: room.candidate.user.id, text: payload.text });

    // The re-send after a reconnect: same answer, nothing new stored or sent.
    const again = okData(await room.candidate.socket.emitWithAck('chat:send', payload));
    expect(again).toEqual(first);

    // A later message is the barrier: anything the re-send caused would have arrived before it.
    const barrier = { sessionId, text: 'Yes.', clientOpId: 'op-chat-2' };
    const barrierSeen = Promise.all([
      nextEvent(room.candidate.socket, 'chat:message'),
      nextEvent(room.interviewer.socket, 'chat:message'),
    ]);
    okData(await room.interviewer.socket.emitWithAck('chat:send', barrier));
    await barrierSeen;
    for (const received of [toInterviewer, toCandidate]) {
      expect(received.map((m) => m.text)).toEqual([payload.text, barrier.text]);
    }
    const stored = await server.store.readAllEvents(sessionId);
    expect(stored.filter((e) => e.type === 'chat:message')).toHaveLength(2);
    expect((await snapshot(room, room.interviewer)).chat.map((m) => m.text)).toEqual([
      payload.text,
      barrier.text,
    ]);
  });
});

describe('private notes', () => {
  it("[AR3] reach only their author: the author's other socket gets them, the peer never", async () => {
    const room = await openRoom(server);
    const sessionId = room.sessionId;
    const secondTab = await takeSeat(server, room.interviewer, sessionId);
    const interviewerNote = 'PRIVATE-NOTE-IVY: leaning hire, probe caching';
    const candidateNote = 'PRIVATE-NOTE-CAL: I froze on the estimate';

    const copied = nextEvent(secondTab.socket, 'note:added');
    const note = okData(
      await room.interviewer.socket.emitWithAck('note:add', {
        sessionId,
        text: interviewerNote,
        clientOpId: 'op-note-1',
      }),
    );
    expect(note).toMatchObject({ text: interviewerNote, round: 0 });
    expect(await copied).toEqual(note);
    okData(
      await room.candidate.socket.emitWithAck('note:add', {
        sessionId,
        text: candidateNote,
        clientOpId: 'op-note-1',
      }),
    );

    // A chat message to both is the barrier: every frame sent before it has arrived.
    const barrier = Promise.all(
      [room.interviewer, room.candidate, secondTab].map((s) => nextEvent(s.socket, 'chat:message')),
    );
    okData(
      await room.candidate.socket.emitWithAck('chat:send', {
        sessionId,
        text: 'done',
        clientOpId: 'op-chat-barrier',
      }),
    );
    await barrier;
    const candidateView = await snapshot(room, room.candidate);
    const interviewerView = await snapshot(room, room.interviewer);
    expect(candidateView.notes.map((n) => n.text)).toEqual([candidateNote]);
    expect(interviewerView.notes.map((n) => n.text)).toEqual([interviewerNote]);

    expect(room.candidate.frames.join('\n')).not.toContain(interviewerNote);
    for (const seat of [room.interviewer, secondTab]) {
      expect(seat.frames.join('\n')).not.toContain(candidateNote);
    }
    expect(secondTab.frames.join('\n')).toContain(interviewerNote);
  });
});
