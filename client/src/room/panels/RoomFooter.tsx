import type { RoomController } from '../RoomController';

/**
 * Under the shared editor: Run and Submit with their results (by role), End round, and once the
 * round ended the scorecard or rating form, role swap and finishing the interview.
 */
export function RoomFooter({ room }: { room: RoomController }) {
  return <section aria-label="Round actions">{room.snapshot.rounds.length}</section>;
}
