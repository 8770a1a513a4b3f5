import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallPeer, CallSignal } from '@mockloop/shared';
import { getSocket } from '../../realtime/socket';
import type { RoomController } from '../RoomController';
import { openDevice, openLocalMedia } from './localMedia';
import { isPolite } from './negotiation';
import { PeerCall, type CallLink, type MediaKind } from './PeerCall';

/** What the call tile shows and can do. */
export interface CallView {
  status: 'out' | 'joining' | 'in';
  /** What went wrong with the devices or the call, in plain words; the interview goes on. */
  problem: string | null;
  local: Record<MediaKind, MediaStreamTrack | null>;
  remote: MediaStream | null;
  /** Our microphone and camera are on (and exist). */
  audio: boolean;
  video: boolean;
  /** The other person's side, as they last told us. */
  peer: CallPeer | null;
  link: CallLink;
  join: () => void;
  leave: () => void;
  toggle: (kind: MediaKind) => void;
  chooseDevice: (kind: MediaKind, deviceId: string) => void;
}

const NO_TRACKS = { audio: null, video: null };
/** A page that was in the call joins it again after a reload. */
const rejoinKey = (sessionId: string) => `mockloop:call:${sessionId}`;

/**
 * The room's call for the tile: joins and leaves, mute and camera, device choice, and the
 * signalling over the room's socket. Joining again after a reload or a reconnect is automatic.
 */
export function useCall(room: RoomController): CallView {
  const { sessionId } = room.snapshot;
  const me = room.snapshot.you.userId;
  const other = room.snapshot.participants.find((p) => p.userId !== me)?.userId ?? '';
  const [status, setStatus] = useState<CallView['status']>('out');
  const [problem, setProblem] = useState<string | null>(null);
  const [local, setLocal] = useState<CallView['local']>(NO_TRACKS);
  const [enabled, setEnabled] = useState({ audio: true, video: true });
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [peer, setPeer] = useState<CallPeer | null>(null);
  const [link, setLink] = useState<CallLink>('waiting');
  const call = useRef<{ id: string; peerCall: PeerCall | null } | null>(null);
  // The latest tracks and switches, for callbacks (kept in step with the state below).
  const localRef = useRef(local);
  const enabledRef = useRef(enabled);
  const { request } = room;

  /** Tells the server where this page stands (joining, or again after a reconnect). */
  const announce = useCallback(async () => {
    const current = call.current;
    if (!current) return;
    const has = localRef.current;
    const { iceServers, peer: now } = await request('call:state', {
      callId: current.id,
      audio: has.audio !== null && enabledRef.current.audio,
      video: has.video !== null && enabledRef.current.video,
    });
    if (call.current !== current) return;
    if (!current.peerCall) {
      current.peerCall = new PeerCall(
        {
          callId: current.id,
          polite: isPolite(me, other),
          iceServers,
          send: (signal) => void request('call:signal', signal).catch(() => {}),
          onRemote: setRemote,
          onLink: setLink,
        },
        now?.callId ?? null,
      );
      current.peerCall.start(has);
    } else {
      current.peerCall.setPeer(now?.callId ?? null);
    }
    setPeer(now);
  }, [request, me, other]);

  const hangUp = useCallback(() => {
    call.current?.peerCall?.close();
    call.current = null;
    for (const track of Object.values(localRef.current)) track?.stop();
    localRef.current = NO_TRACKS;
    setLocal(NO_TRACKS);
    setRemote(null);
    setPeer(null);
    setStatus('out');
  }, []);

  const join = useCallback(() => {
    if (call.current) return;
    call.current = { id: crypto.randomUUID(), peerCall: null };
    sessionStorage.setItem(rejoinKey(sessionId), '1');
    setStatus('joining');
    setProblem(null);
    void (async () => {
      const media = await openLocalMedia();
      setLocal(media.tracks);
      localRef.current = media.tracks;
      setProblem(media.problem);
      await announce();
      setStatus('in');
    })().catch((error: unknown) => {
      setProblem(`The call could not start: ${error instanceof Error ? error.message : ''}`);
      hangUp();
    });
  }, [announce, hangUp, sessionId]);

  const leave = useCallback(() => {
    sessionStorage.removeItem(rejoinKey(sessionId));
    hangUp();
    void request('call:leave', {}).catch(() => {});
  }, [hangUp, request, sessionId]);

  // Signals and the peer's state arrive on the room's socket.
  useEffect(() => {
    const socket = getSocket();
    if (!socket) return;
    const onPeer = (next: CallPeer) => {
      if (next.userId === me || !call.current) return;
      setPeer(next.callId === null ? null : next);
      call.current.peerCall?.setPeer(next.callId);
    };
    const onSignal = (signal: CallSignal) => call.current?.peerCall?.receive(signal);
    socket.on('call:peer', onPeer);
    socket.on('call:signal', onSignal);
    return () => {
      socket.off('call:peer', onPeer);
      socket.off('call:signal', onSignal);
    };
  }, [me]);

  // After every (re)join of the room: back into the call if this page was in it.
  useEffect(() => {
    if (room.joins === 0) return;
    if (call.current?.peerCall) void announce().catch(() => {});
    else if (!call.current && sessionStorage.getItem(rejoinKey(sessionId))) join();
  }, [room.joins, announce, join, sessionId]);

  // A finished interview has no call (the tile is gone; the server refuses new signals).
  const finished = room.snapshot.status === 'completed';
  useEffect(() => {
    if (finished && call.current) leave();
  }, [finished, leave]);

  // Leaving the page leaves the call (the room's `room:leave` tells the server); a reload comes
  // back through the key above.
  useEffect(() => hangUp, [hangUp]);

  const toggle = useCallback(
    (kind: MediaKind) => {
      const track = localRef.current[kind];
      if (!track) return;
      track.enabled = !track.enabled;
      setEnabled((e) => ({ ...e, [kind]: track.enabled }));
      enabledRef.current = { ...enabledRef.current, [kind]: track.enabled };
      void announce().catch(() => {});
    },
    [announce],
  );

  const chooseDevice = useCallback((kind: MediaKind, deviceId: string) => {
    void (async () => {
      const track = await openDevice(kind, deviceId);
      track.enabled = enabledRef.current[kind];
      localRef.current[kind]?.stop();
      const next = { ...localRef.current, [kind]: track };
      localRef.current = next;
      setLocal(next);
      await call.current?.peerCall?.replaceTrack(kind, track);
    })().catch(() => setProblem('That device could not be opened; the previous one was kept.'));
  }, []);

  return {
    status,
    problem,
    local,
    remote,
    audio: local.audio !== null && enabled.audio,
    video: local.video !== null && enabled.video,
    peer,
    link,
    join,
    leave,
    toggle,
    chooseDevice,
  };
}
