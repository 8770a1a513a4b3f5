import type { IoServer, IoSocket } from '../../realtime/ioTypes';
import { onClientEvent } from '../../realtime/onClientEvent';
import { addNote, sendChat } from './chatAndNotes';
import { changeTimer } from './changeTimer';
import { revealHint } from './revealHint';
import { endRound, submitRating, submitScorecard } from './roundFeedback';
import type { RoomToolDeps } from './withOpenRoom';

/**
 * The interview's tools: hints, the timer, chat, private notes, ending a round, the scorecard
 * and the rating. Each answers through its ack; refusals carry their code (docs/realtime.md).
 */
export function registerRoomToolHandlers(
  _io: IoServer,
  socket: IoSocket,
  deps: RoomToolDeps,
): void {
  onClientEvent(socket, 'room:hint', ({ sessionId }) => revealHint(deps, socket, sessionId), deps);
  onClientEvent(socket, 'room:timer', (payload) => changeTimer(deps, socket, payload), deps);
  onClientEvent(socket, 'chat:send', (payload) => sendChat(deps, socket, payload), deps);
  onClientEvent(socket, 'note:add', (payload) => addNote(deps, socket, payload), deps);
  onClientEvent(
    socket,
    'room:end-round',
    ({ sessionId }) => endRound(deps, socket, sessionId),
    deps,
  );
  onClientEvent(
    socket,
    'scorecard:submit',
    (payload) => submitScorecard(deps, socket, payload),
    deps,
  );
  onClientEvent(socket, 'rating:submit', (payload) => submitRating(deps, socket, payload), deps);
}
