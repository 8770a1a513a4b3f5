import type { SessionEvent, WireSessionEvent } from '@mockloop/shared';

/** JSON cannot carry bytes: binary payloads travel as base64. */
export function toWireEvent(event: SessionEvent): WireSessionEvent {
  const { payload } = event;
  if (payload instanceof Uint8Array) {
    return {
      ...event,
      payload: { encoding: 'base64', data: Buffer.from(payload).toString('base64') },
    };
  }
  return { ...event, payload };
}
