import type { RoomRound, RoomSnapshot } from '@mockloop/shared';

/** The round now running, or the last one; `undefined` only before the first round starts. */
export function currentRound(snapshot: RoomSnapshot): RoomRound | undefined {
  return snapshot.rounds.at(-1);
}

/** True when nothing can be asked any more in the current round: it ended, or the interview did. */
export function roundIsOver(snapshot: RoomSnapshot): boolean {
  const round = currentRound(snapshot);
  return snapshot.status === 'completed' || !round || round.endedAt !== null;
}

/** A participant's name as the room knows it; "You" for the reader. */
export function nameOf(snapshot: RoomSnapshot, userId: string): string {
  if (userId === snapshot.you.userId) return 'You';
  return (
    snapshot.participants.find((p) => p.userId === userId)?.displayName ?? 'A past participant'
  );
}

/** A fresh `clientOpId` (letters, digits and dashes), so a re-sent message lands once. */
export function newClientOpId(): string {
  return crypto.randomUUID();
}

/** Adds items acknowledged to this tab to the snapshot's list, once each, in `seq` order. */
export function mergeBySeq<T extends { seq: number }>(fromSnapshot: T[], acked: T[]): T[] {
  const bySeq = new Map<number, T>();
  for (const item of [...fromSnapshot, ...acked]) bySeq.set(item.seq, item);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
