import { useQuery } from '@tanstack/react-query';
import { getInviteLink } from '../../api/interviews';
import { queryKeys } from '../../api/queryKeys';
import type { ConnectionState } from '../../realtime/socket';
import type { RoomController } from '../../room/RoomController';
import { peerOffline } from '../../room/state/roomState';
import { InviteLink } from '../interviews/InviteLink';

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  'signed-out': 'signed out',
  connecting: 'connecting…',
  connected: 'connected',
  disconnected: 'offline, reconnecting; your edits are kept and merge when you are back',
  outdated: 'this page is out of date: reload it',
};

/** The room's title, your role, who is here and whether the connection holds. */
export function RoomHeader({
  room,
  connection,
}: {
  room: RoomController;
  connection: ConnectionState;
}) {
  const { snapshot } = room;
  const waitingForPeer = snapshot.participants.length < 2;
  return (
    <header className="room-header">
      <div className="room-header-title">
        <h1>{snapshot.title}</h1>
        <span className="badge room-role" data-testid="room-role">
          You are the {snapshot.you.role}
        </span>
      </div>
      <ul className="room-presence" aria-label="Who is here">
        {snapshot.participants.map((p) => (
          <li key={p.userId} className={p.online ? 'online' : 'offline'}>
            <span className="room-presence-dot" aria-hidden="true" />
            {p.displayName}
            {p.userId === snapshot.you.userId && ' (you)'}, {p.role},{' '}
            {p.online ? 'here' : 'not connected'}
          </li>
        ))}
      </ul>
      <p className="room-connection muted" role="status">
        Your connection: {CONNECTION_TEXT[connection]}
      </p>
      {!waitingForPeer && peerOffline(snapshot) && snapshot.status === 'active' && (
        <p className="room-peer-lost" role="alert">
          Your peer lost connection. Their edits merge when they are back.
        </p>
      )}
      {waitingForPeer && room.isInterviewer && <RoomInvite sessionId={snapshot.sessionId} />}
    </header>
  );
}

function RoomInvite({ sessionId }: { sessionId: string }) {
  const invite = useQuery({
    queryKey: queryKeys.interviews.invite(sessionId),
    queryFn: () => getInviteLink(sessionId),
    staleTime: Infinity,
  });
  return (
    <div className="room-invite">
      <p>Waiting for the candidate. Send them this link:</p>
      {invite.data && <InviteLink url={invite.data.inviteUrl} />}
    </div>
  );
}
