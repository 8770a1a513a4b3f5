import {
  ChatEventSchema,
  NoteEventSchema,
  RoomEvent,
  type ChatMessage,
  type PrivateNote,
  type SessionEvent,
} from '@mockloop/shared';
import type { IoSocket } from '../../realtime/ioTypes';
import type { NewEvent } from '../../store/port';
import { allChannel, userChannel } from '../roomChannels';
import { currentRound } from '../roomLog';
import type { Room } from '../types';
import { toolErrors } from './toolErrors';
import { withOpenRoom, type RoomToolDeps } from './withOpenRoom';

interface TextOp {
  sessionId: string;
  text: string;
  clientOpId: string;
}

/**
 * Appends one of the author's operations and says whether it is new: the store gives back the
 * event already stored for a re-sent `clientOpId`, which must be acked again but not sent twice.
 */
async function appendOnce(
  room: Room,
  event: NewEvent,
): Promise<{ stored: SessionEvent; fresh: boolean }> {
  const lastSeq = room.log().lastSeq;
  const [stored] = await room.append([event]);
  if (!stored) throw new Error('the store returned no event');
  if (stored.type !== event.type) throw toolErrors.opIdReused();
  return { stored, fresh: stored.seq > lastSeq };
}

/** `chat:send`: either participant; stored once per `clientOpId`, sent to the whole room once. */
export function sendChat(
  deps: RoomToolDeps,
  socket: IoSocket,
  { sessionId, text, clientOpId }: TextOp,
): Promise<ChatMessage> {
  return withOpenRoom(deps, socket, sessionId, async (room) => {
    const { stored, fresh } = await appendOnce(room, {
      actorId: deps.user.id,
      type: RoomEvent.Chat,
      payload: { text },
      visibility: 'everyone',
      clientOpId,
    });
    // A re-send is answered with what was stored the first time.
    const parsed = ChatEventSchema.safeParse(stored.payload);
    const message: ChatMessage = {
      seq: stored.seq,
      at: stored.at,
      authorId: deps.user.id,
      text: parsed.success ? parsed.data.text : text,
      clientOpId,
    };
    if (fresh) deps.io.to(allChannel(sessionId)).emit('chat:message', message);
    return message;
  });
}

/**
 * `note:add`: a private note ([AR3]), stored with `author` visibility and sent only to the
 * author's other sockets in the room; the sender has it in its ack.
 */
export function addNote(
  deps: RoomToolDeps,
  socket: IoSocket,
  { sessionId, text, clientOpId }: TextOp,
): Promise<PrivateNote> {
  return withOpenRoom(deps, socket, sessionId, async (room, log) => {
    const round = currentRound(log)?.index ?? 0;
    const { stored, fresh } = await appendOnce(room, {
      actorId: deps.user.id,
      type: RoomEvent.Note,
      payload: { text, round },
      visibility: 'author',
      clientOpId,
    });
    const parsed = NoteEventSchema.safeParse(stored.payload);
    const note: PrivateNote = parsed.success
      ? { seq: stored.seq, at: stored.at, text: parsed.data.text, round: parsed.data.round }
      : { seq: stored.seq, at: stored.at, text, round };
    if (fresh) socket.to(userChannel(sessionId, deps.user.id)).emit('note:added', note);
    return note;
  });
}
