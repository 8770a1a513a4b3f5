import { useRef, useState } from 'react';
import type { AckDataOf, ClientEvents } from '@mockloop/shared';
import type { RoomController, RoomRequestName, RoomRequestPayload } from '../RoomController';

/** What a refused or failed request says to the person: the server's message when it sent one. */
export function requestProblem(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

export interface RoomRequestState {
  /** A request of this button (or form) is on its way; a second press is ignored. */
  pending: boolean;
  /** Why the last request failed, shown inline; null after a success. */
  error: string | null;
  /** Sends; resolves with the ack's data, or `undefined` when it failed (see `error`). */
  send: <E extends RoomRequestName>(
    event: E,
    payload: RoomRequestPayload<E>,
  ) => Promise<AckDataOf<ClientEvents[E]> | undefined>;
  /** Shows a problem found before sending (a form's own check). */
  setError: (message: string | null) => void;
}

/** One control's requests: pending while one is in flight, and the last refusal's message. */
export function useRoomRequest(room: RoomController): RoomRequestState {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  async function send<E extends RoomRequestName>(event: E, payload: RoomRequestPayload<E>) {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      return await room.request(event, payload);
    } catch (e) {
      setError(requestProblem(e));
      return undefined;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return { pending, error, send, setError };
}
