import { Link } from 'react-router-dom';
import { CallTile } from '../../room/call/CallTile';
import { useRoom } from '../../room/useRoom';
import { RoomFooter } from '../../room/panels/RoomFooter';
import { RoomSidebar } from '../../room/panels/RoomSidebar';
import { RoomHeader } from './RoomHeader';
import { RoomWorkArea } from './RoomWorkArea';
import './LiveRoomPage.css';

const JOIN_ERRORS: Record<string, string> = {
  forbidden: 'You are not part of this interview. Open the invite link you were sent.',
  not_found: 'There is no such interview.',
};

/** `/sessions/:id` for a live interview: the shared work, the panels by role, who is here. */
export function LiveRoomPage({ sessionId }: { sessionId: string }) {
  const { room, error, connection } = useRoom(sessionId);
  if (error) {
    return (
      <section>
        <h1>Cannot open this interview</h1>
        <p className="error-text" role="alert">
          {JOIN_ERRORS[error.code] ?? error.message}
        </p>
        <p>
          <Link to="/interviews">Your interviews</Link>
        </p>
      </section>
    );
  }
  if (!room) return <p role="status">Joining the interview…</p>;
  return (
    <div className="live-room">
      <RoomHeader room={room} connection={connection} />
      <div className="live-room-body">
        <div className="live-room-main">
          <RoomWorkArea room={room} />
          <RoomFooter room={room} />
        </div>
        <div className="live-room-side">
          <CallTile room={room} />
          <RoomSidebar room={room} />
        </div>
      </div>
    </div>
  );
}
