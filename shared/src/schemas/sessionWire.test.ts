import { describe, expect, it } from 'vitest';
import type { SessionEvent } from './session';
import {
  fromSocketEvent,
  fromWireEvent,
  toSocketEvent,
  toWireEvent,
  WireSessionEventSchema,
} from './sessionWire';

const base = {
  sessionId: 's1',
  seq: 3,
  at: 1_700_000_000_000,
  actorId: 'u1',
  type: 'code:yjs',
  visibility: 'everyone',
} as const;

/** Through JSON text and back, as REST and exports carry it. */
function viaJson(event: SessionEvent): SessionEvent {
  const text = JSON.stringify(toWireEvent(event));
  return fromWireEvent(WireSessionEventSchema.parse(JSON.parse(text)));
}

describe('session event wire forms', () => {
  it('tags binary payloads beside the payload and carries them as base64 in JSON', () => {
    const event: SessionEvent = { ...base, payload: new Uint8Array([0, 0, 255]) };
    expect(toWireEvent(event)).toEqual({ ...base, payloadKind: 'binary', payload: 'AAD/' });
    expect(viaJson(event)).toEqual(event);
  });

  it('keeps a JSON payload shaped like a base64 wrapper as JSON', () => {
    const lookalikes = [
      { encoding: 'base64', data: 'AAD/' },
      { base64: 'AAD/' },
      { json: 1 },
      { payloadKind: 'binary', payload: 'AAD/' },
    ];
    for (const payload of lookalikes) {
      const event: SessionEvent = { ...base, type: 'chat:message', payload };
      expect(toWireEvent(event)).toMatchObject({ payloadKind: 'json', payload });
      expect(viaJson(event)).toEqual(event);
    }
  });

  it('keeps clientOpId in both forms', () => {
    const event: SessionEvent = { ...base, payload: null, clientOpId: 'op-1' };
    expect(viaJson(event)).toEqual(event);
    expect(fromSocketEvent(toSocketEvent(event))).toEqual(event);
  });

  it('refuses a wire event whose binary payload is not base64 or whose kind is missing', () => {
    const wire = { ...base, payloadKind: 'binary', payload: 'not base64!' };
    expect(WireSessionEventSchema.safeParse(wire).success).toBe(false);
    expect(WireSessionEventSchema.safeParse({ ...base, payload: 1 }).success).toBe(false);
  });

  it('sends raw bytes over sockets and reads them back from a Buffer-like view or an ArrayBuffer', () => {
    const bytes = new Uint8Array([7, 8, 9]);
    const socketEvent = toSocketEvent({ ...base, payload: bytes });
    expect(socketEvent).toEqual({ ...base, payloadKind: 'binary', payload: bytes });
    const backing = new Uint8Array([1, 7, 8, 9, 1]);
    const view = { ...base, payloadKind: 'binary' as const, payload: backing.subarray(1, 4) };
    const buffer = { ...base, payloadKind: 'binary' as const, payload: bytes.slice().buffer };
    for (const received of [view, buffer]) {
      expect(fromSocketEvent(received)).toEqual({ ...base, payload: bytes });
    }
    const json = toSocketEvent({ ...base, payload: { encoding: 'base64', data: 'x' } });
    expect(fromSocketEvent(json).payload).toEqual({ encoding: 'base64', data: 'x' });
  });
});
