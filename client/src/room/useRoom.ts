import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { RoomRunResult, RoomSnapshot, TimerState } from '@mockloop/shared';
import { getSocket, type ConnectionState } from '../realtime/socket';
import { useConnectionState } from '../realtime/useConnectionState';
import { RoomDocs } from './docs/roomDocs';
import type { SocketYjsProvider } from './docs/SocketYjsProvider';
import {
  RoomRequestError,
  type RoomController,
  type RoomRequestName,
  type RoomRequestPayload,
  type SharedDoc,
} from './RoomController';
import { emitRoomRequest, socketDocWire } from './roomSocket';
import {
  clockOffset,
  localTimer,
  userColor,
  withChat,
  withHint,
  withNote,
} from './state/roomState';

export interface RoomView {
  /** The room, once joined; null while joining or when refused. */
  room: RoomController | null;
  /** Why joining failed (`forbidden`, `not_found`, ...), or null. */
  error: RoomRequestError | null;
  connection: ConnectionState;
}

interface Live {
  snapshot: RoomSnapshot;
  timer: TimerState;
  running: RoomController['running'];
  lastRun: RoomRunResult | null;
  unreadChat: number;
}

function fromSnapshot(snapshot: RoomSnapshot, unreadChat = 0): Live {
  const offset = clockOffset(snapshot.serverTime);
  return {
    snapshot,
    timer: localTimer(snapshot.timer, offset),
    running: null,
    lastRun: snapshot.lastRun,
    unreadChat,
  };
}

/**
 * The live room over the app's one socket: joins on mount and after every reconnect, keeps the
 * snapshot current from the room's events, syncs the current question's shared document, and
 * leaves on unmount. See RoomController for what the panels get.
 */
export function useRoom(sessionId: string): RoomView {
  const connection = useConnectionState();
  const socket = connection === 'signed-out' ? undefined : getSocket();
  const [live, setLive] = useState<Live | null>(null);
  const [error, setError] = useState<RoomRequestError | null>(null);
  const [docs, setDocs] = useState<RoomDocs | null>(null);
  const [joins, setJoins] = useState(0);
  const offset = useRef(0);
  const me = useRef<{ userId: string; name: string } | null>(null);

  useEffect(() => {
    if (!socket) return;
    const live = socket;
    const roomDocs = new RoomDocs(socketDocWire(socket), () => ({
      name: me.current?.name ?? 'Someone',
      color: userColor(me.current?.userId ?? ''),
    }));
    setDocs(roomDocs);
    const ref = { sessionId };
    let active = true;

    function accept(snapshot: RoomSnapshot) {
      if (!active) return;
      offset.current = clockOffset(snapshot.serverTime);
      const you = snapshot.participants.find((p) => p.userId === snapshot.you.userId);
      me.current = { userId: snapshot.you.userId, name: you?.displayName ?? 'Someone' };
      setLive((prev) => fromSnapshot(snapshot, prev?.unreadChat ?? 0));
      setError(null);
    }
    function fail(e: unknown) {
      if (active && e instanceof RoomRequestError && e.code !== 'offline') setError(e);
    }
    function join() {
      emitRoomRequest(live, 'room:join', ref)
        .then((snapshot) => {
          accept(snapshot);
          if (!active) return;
          roomDocs.joinedRoom();
          setJoins((n) => n + 1);
        })
        .catch(fail);
    }
    const reread = () => void emitRoomRequest(live, 'room:state', ref).then(accept).catch(fail);
    const update = (change: (live: Live) => Live) =>
      setLive((prev) => (prev ? change(prev) : prev));

    const handlers = {
      connect: join,
      disconnect: () => roomDocs.lostConnection(),
      'room:changed': reread,
      'room:presence': (participants: RoomSnapshot['participants']) =>
        update((l) => ({ ...l, snapshot: { ...l.snapshot, participants } })),
      'room:timer': (timer: TimerState & { serverTime: number }) => {
        offset.current = clockOffset(timer.serverTime);
        update((l) => ({ ...l, timer: localTimer(timer, offset.current) }));
      },
      'room:hint': (hint: Parameters<typeof withHint>[1]) =>
        update((l) => ({ ...l, snapshot: withHint(l.snapshot, hint) })),
      'room:run-started': (run: { by: string; mode: 'run' | 'submit' }) =>
        update((l) => ({ ...l, running: { by: run.by, mode: run.mode } })),
      'room:run-result': (run: RoomRunResult) =>
        update((l) => ({ ...l, running: null, lastRun: run })),
      'chat:message': (message: RoomSnapshot['chat'][number]) =>
        update((l) => {
          const snapshot = withChat(l.snapshot, message);
          const fresh = snapshot !== l.snapshot && message.authorId !== l.snapshot.you.userId;
          return { ...l, snapshot, unreadChat: l.unreadChat + (fresh ? 1 : 0) };
        }),
      'note:added': (note: RoomSnapshot['notes'][number]) =>
        update((l) => ({ ...l, snapshot: withNote(l.snapshot, note) })),
    };
    for (const [event, handler] of Object.entries(handlers)) {
      socket.on(event as 'connect', handler as () => void);
    }
    if (socket.connected) join();

    return () => {
      active = false;
      for (const [event, handler] of Object.entries(handlers)) {
        socket.off(event as 'connect', handler as () => void);
      }
      roomDocs.destroy();
      if (socket.connected) socket.emit('room:leave', ref, () => {});
    };
  }, [socket, sessionId]);

  const docIndex = live?.snapshot.question?.docIndex ?? null;
  const provider = docs && docIndex !== null ? docs.get(docIndex) : null;
  const synced = useSynced(provider);

  const request = useCallback(
    async <E extends RoomRequestName>(event: E, payload: RoomRequestPayload<E>) => {
      const current = getSocket();
      if (!current) throw new RoomRequestError('offline', 'You are signed out.');
      const full = { ...payload, sessionId } as Parameters<typeof emitRoomRequest<E>>[2];
      const data = await emitRoomRequest(current, event, full);
      applyAck(event, data, setLive, offset.current);
      return data;
    },
    [sessionId],
  );
  const markChatRead = useCallback(
    () => setLive((prev) => (prev && prev.unreadChat > 0 ? { ...prev, unreadChat: 0 } : prev)),
    [],
  );

  const room = useMemo<RoomController | null>(() => {
    if (!live) return null;
    const doc: SharedDoc | null = provider
      ? { docIndex: provider.docIndex, doc: provider.doc, awareness: provider.awareness, synced }
      : null;
    return {
      ...live,
      isInterviewer: live.snapshot.you.role === 'interviewer',
      markChatRead,
      joins,
      doc,
      request,
    };
  }, [live, provider, synced, markChatRead, request, joins]);

  return { room, error, connection };
}

/** A request's own answer updates the page at once, without waiting for the broadcast. */
function applyAck(
  event: RoomRequestName,
  data: unknown,
  setLive: (change: (prev: Live | null) => Live | null) => void,
  offset: number,
): void {
  const update = (change: (live: Live) => Live) => setLive((prev) => (prev ? change(prev) : prev));
  if (event === 'chat:send') {
    update((l) => ({ ...l, snapshot: withChat(l.snapshot, data as RoomSnapshot['chat'][number]) }));
  } else if (event === 'note:add') {
    update((l) => ({
      ...l,
      snapshot: withNote(l.snapshot, data as RoomSnapshot['notes'][number]),
    }));
  } else if (event === 'room:timer') {
    update((l) => ({ ...l, timer: localTimer(data as TimerState, offset) }));
  } else if (event === 'room:run') {
    update((l) => ({ ...l, running: null, lastRun: data as RoomRunResult }));
  }
}

function useSynced(provider: SocketYjsProvider | null): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const stop = provider?.onSynced(listener);
      return () => void stop?.();
    },
    [provider],
  );
  return useSyncExternalStore(subscribe, () => provider?.synced ?? false);
}
