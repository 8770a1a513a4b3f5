import { useCallback, useMemo, useState } from 'react';
import type { RoomController } from '../RoomController';
import { DevicePicker } from './DevicePicker';
import { useCall, type CallView } from './useCall';
import { VideoView } from './VideoView';
import './CallTile.css';

/** What the tile says about the other side: waiting, connecting, muted, camera off. */
function peerBadges(call: CallView, name: string, peerOnline: boolean): string[] {
  if (!call.peer) return [`Waiting for ${name} to join the call`];
  const badges: string[] = [];
  if (!peerOnline || call.link === 'reconnecting') badges.push('Reconnecting…');
  else if (call.link !== 'connected') badges.push('Connecting…');
  if (!call.peer.audio) badges.push(`${name} is muted`);
  if (!call.peer.video) badges.push(`${name}'s camera is off`);
  return badges;
}

/**
 * The call, docked at the top of the room's side column so it never covers the editor: the
 * other person's video with their state, a small picture of yourself, and the controls.
 */
export function CallTile({ room }: { room: RoomController }) {
  const call = useCall(room);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const onSoundBlocked = useCallback(() => setSoundBlocked(true), []);
  const other = room.snapshot.participants.find((p) => p.userId !== room.snapshot.you.userId);
  const name = other?.displayName ?? 'the other person';
  const self = useMemo(
    () => (call.local.video ? new MediaStream([call.local.video]) : null),
    [call.local.video],
  );
  if (room.snapshot.status === 'completed') return null;

  return (
    <section className="call-tile" aria-label="Call">
      {call.problem && (
        <p className="call-problem" role="alert">
          {call.problem}
        </p>
      )}
      {call.status === 'out' ? (
        <div className="call-out">
          <p>
            Talk face to face while you work. Audio and video go straight between your browsers.
          </p>
          <button type="button" onClick={call.join}>
            Join call
          </button>
        </div>
      ) : (
        <>
          <div className="call-videos">
            <VideoView
              stream={call.remote}
              label={`${name}'s video`}
              className="call-remote"
              onSoundBlocked={onSoundBlocked}
            />
            {self && <VideoView stream={self} label="Your video" className="call-self" self />}
          </div>
          <ul className="call-badges" aria-label={`${name} in the call`} aria-live="polite">
            {peerBadges(call, name, other?.online ?? false).map((badge) => (
              <li key={badge}>{badge}</li>
            ))}
          </ul>
          <div className="call-controls">
            <button
              type="button"
              aria-pressed={!call.audio}
              disabled={!call.local.audio}
              onClick={() => call.toggle('audio')}
            >
              Mute
            </button>
            <button
              type="button"
              aria-pressed={!call.video}
              disabled={!call.local.video}
              onClick={() => call.toggle('video')}
            >
              Camera off
            </button>
            {soundBlocked && (
              <button
                type="button"
                onClick={(event) => {
                  const video = event.currentTarget.closest('.call-tile')?.querySelector('video');
                  if (video) video.muted = false;
                  setSoundBlocked(false);
                }}
              >
                Turn on sound
              </button>
            )}
            <button type="button" onClick={call.leave}>
              Leave call
            </button>
          </div>
          <DevicePicker current={call.local} onChoose={call.chooseDevice} />
        </>
      )}
    </section>
  );
}
