import type {
  ChatMessage,
  PrivateNote,
  QuestionSection,
  RoomSnapshot,
  TimerState,
} from '@mockloop/shared';

/*
 * How the room's live events change what the page shows, as pure functions of the snapshot, so
 * the hook stays a thin layer over the socket and these are tested without one.
 */

/** `serverTime - Date.now()` when a message stamped `serverTime` arrived. */
export function clockOffset(serverTime: number, now = Date.now()): number {
  return serverTime - now;
}

/** The server's countdown with `endsAt` moved into this browser's clock. */
export function localTimer(timer: TimerState, offset: number): TimerState {
  return { ...timer, endsAt: timer.endsAt === null ? null : timer.endsAt - offset };
}

/** Adds chat messages not yet shown (by `seq`), in order. */
export function withChat(snapshot: RoomSnapshot, message: ChatMessage): RoomSnapshot {
  if (snapshot.chat.some((m) => m.seq === message.seq)) return snapshot;
  const chat = [...snapshot.chat, message].sort((a, b) => a.seq - b.seq);
  return { ...snapshot, chat };
}

/** Adds one of the caller's own notes, once. */
export function withNote(snapshot: RoomSnapshot, note: PrivateNote): RoomSnapshot {
  if (snapshot.notes.some((n) => n.seq === note.seq)) return snapshot;
  const notes = [...snapshot.notes, note].sort((a, b) => a.seq - b.seq);
  return { ...snapshot, notes };
}

/** A hint the interviewer revealed: it joins the current question's public view. */
export function withHint(
  snapshot: RoomSnapshot,
  revealed: { docIndex: number; index: number; hint: QuestionSection },
): RoomSnapshot {
  const question = snapshot.question;
  if (!question || question.docIndex !== revealed.docIndex) return snapshot;
  if (question.view.hints.length > revealed.index) return snapshot;
  const hints = [...question.view.hints, revealed.hint];
  return { ...snapshot, question: { ...question, view: { ...question.view, hints } } };
}

/** Is the other person of the current round in the room but without a connection? */
export function peerOffline(snapshot: RoomSnapshot): boolean {
  return snapshot.participants.some((p) => p.userId !== snapshot.you.userId && !p.online);
}

const CURSOR_COLORS = ['#d1495b', '#2a9d8f', '#8e44ad', '#e07a1f', '#2563c9', '#1a7f37'];

/** A stable colour per person for their cursor and name label. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CURSOR_COLORS[hash % CURSOR_COLORS.length] ?? '#2563c9';
}
