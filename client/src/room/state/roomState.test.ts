import { describe, expect, it } from 'vitest';
import type { RoomSnapshot } from '@mockloop/shared';
import { localTimer, peerOffline, withChat, withHint } from './roomState';

const snapshot = {
  you: { userId: 'u1', role: 'candidate' },
  participants: [
    { userId: 'u1', displayName: 'Ada', role: 'candidate', online: true },
    { userId: 'u2', displayName: 'Bob', role: 'interviewer', online: false },
  ],
  chat: [{ seq: 3, at: 1, authorId: 'u2', text: 'hi' }],
  question: { docIndex: 0, view: { hints: [] } },
} as unknown as RoomSnapshot;

describe('room state', () => {
  it("moves the server's endsAt into this clock", () => {
    const timer = { durationMs: 60_000, running: true, remainingMs: 60_000, endsAt: 10_000 };
    // The server is 2 s ahead of this browser: the countdown ends 2 s earlier by our clock.
    expect(localTimer(timer, 2_000).endsAt).toBe(8_000);
    expect(localTimer({ ...timer, endsAt: null }, 2_000).endsAt).toBeNull();
  });

  it('adds a chat message once, in seq order', () => {
    const once = withChat(snapshot, { seq: 2, at: 0, authorId: 'u1', text: 'hello' });
    expect(once.chat.map((m) => m.seq)).toEqual([2, 3]);
    expect(withChat(once, { seq: 2, at: 0, authorId: 'u1', text: 'hello' })).toBe(once);
  });

  it('adds a revealed hint to the current question only, once', () => {
    const hint = { heading: 'Hint 1', visibility: 'public' as const, markdown: 'Use a map' };
    const shown = withHint(snapshot, { docIndex: 0, index: 0, hint });
    expect(shown.question?.view.hints).toEqual([hint]);
    expect(withHint(shown, { docIndex: 0, index: 0, hint })).toBe(shown);
    expect(withHint(snapshot, { docIndex: 1, index: 0, hint })).toBe(snapshot);
  });

  it('tells when the other person lost their connection', () => {
    expect(peerOffline(snapshot)).toBe(true);
    const back = snapshot.participants.map((p) => ({ ...p, online: true }));
    expect(peerOffline({ ...snapshot, participants: back })).toBe(false);
  });
});
