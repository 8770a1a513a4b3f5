import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  ackWith,
  type Ack,
  type AckedEventName,
  type AckedHandler,
  type ClientEventSpecs,
  type EventMapOf,
  type UnackedEventName,
  type UnackedHandler,
} from './eventSpec';
import {
  CLIENT_EVENTS,
  isProtocolMismatch,
  PingPayloadSchema,
  type ClientEvents,
  type ClientToServerEvents,
  type PongData,
} from './events';

type PingHandler = AckedHandler<ClientEvents['system:ping']>;
type SignalHandler = AckedHandler<ClientEvents['call:signal']>;
type EventsHandler = AckedHandler<ClientEvents['session:events']>;

describe('event map', () => {
  it('derives system:ping from the table: its payload, then the ack', () => {
    type Ping = ClientToServerEvents['system:ping'];
    expectTypeOf<Parameters<Ping>[0]>().toEqualTypeOf<{ nonce: string }>();
    expectTypeOf<Parameters<Parameters<Ping>[1]>[0]>().toEqualTypeOf<Ack<PongData>>();
    // @ts-expect-error unknown events are not part of the map
    expectTypeOf<ClientToServerEvents['system:unknown']>().toBeNever();
  });

  it('types a handler from the table, so a wrong ack shape does not compile', () => {
    const good: PingHandler = ({ nonce }) => ({ nonce, serverTime: 1 });
    // @ts-expect-error the ack's nonce is a string
    const wrongType: PingHandler = () => ({ nonce: 1, serverTime: 1 });
    // @ts-expect-error the ack needs serverTime
    const missing: PingHandler = ({ nonce }) => ({ nonce });
    // @ts-expect-error session:events answers { events }, not an array
    const wrongShape: EventsHandler = async () => Promise.resolve([]);
    expectTypeOf(good).returns.toEqualTypeOf<PongData | Promise<PongData>>();
    expect([wrongType, missing, wrongShape]).toHaveLength(3);
  });

  it('types a handler payload from the schema, so a wrong field does not compile', () => {
    // @ts-expect-error the payload has `nonce`, not `nonse`
    const typo: PingHandler = ({ nonse }) => ({ nonce: String(nonse), serverTime: 1 });
    const wrong: EventsHandler = ({ afterSeq }) => {
      // @ts-expect-error afterSeq is a number, which has no startsWith
      const early: unknown = afterSeq?.startsWith;
      return { events: early ? [] : [] };
    };
    expectTypeOf<Parameters<EventsHandler>[0]>().toEqualTypeOf<{
      sessionId: string;
      afterSeq?: number | undefined;
    }>();
    expect([typo, wrong]).toHaveLength(2);
  });

  it('allows fire-and-forget events: a listener without an ack, a handler returning nothing', () => {
    const _specs = {
      'code:ask': { payload: z.object({ q: z.string() }), ack: ackWith<{ a: number }>() },
      'cursor:move': { payload: z.object({ line: z.number() }) },
    } as const satisfies ClientEventSpecs;
    type Map = EventMapOf<typeof _specs>;
    expectTypeOf<Map['cursor:move']>().toEqualTypeOf<(payload: { line: number }) => void>();
    expectTypeOf<Parameters<Map['code:ask']>>().toEqualTypeOf<
      [{ q: string }, (response: Ack<{ a: number }>) => void]
    >();
    expectTypeOf<AckedEventName<typeof _specs>>().toEqualTypeOf<'code:ask'>();
    expectTypeOf<UnackedEventName<typeof _specs>>().toEqualTypeOf<'cursor:move'>();
    const onMove: UnackedHandler<(typeof _specs)['cursor:move']> = ({ line }) => {
      expect(line).toBeTypeOf('number');
    };
    // @ts-expect-error a fire-and-forget event has no ack data to return to
    const answering: AckedHandler<(typeof _specs)['cursor:move']> = () => ({ ok: true });
    expect([onMove, answering]).toHaveLength(2);
  });

  it('checks every payload with the schema named in the table', () => {
    const ping = CLIENT_EVENTS['system:ping'].payload;
    expect(ping).toBe(PingPayloadSchema);
    expect(ping.safeParse({}).success).toBe(false);
    expect(ping.safeParse({ nonce: 'a', extra: 1 }).success).toBe(false);
    expect(ping.safeParse({ nonce: 'a' }).success).toBe(true);
    const events = CLIENT_EVENTS['session:events'].payload;
    expect(events.safeParse({ sessionId: 's', afterSeq: -1 }).success).toBe(false);
  });

  it('recognises a protocol mismatch refusal, and nothing else', () => {
    expect(isProtocolMismatch({ data: { code: 'protocol_mismatch' } })).toBe(true);
    expect(isProtocolMismatch({ data: { code: 'unauthorized' } })).toBe(false);
    expect(isProtocolMismatch(new Error('xhr poll error'))).toBe(false);
    expect(isProtocolMismatch(null)).toBe(false);
  });

  it('types call:signal as an offer or answer, or a candidate, for the other participant', () => {
    const good: SignalHandler = (signal) => {
      if ('description' in signal)
        expectTypeOf(signal.description.type).toEqualTypeOf<'offer' | 'answer'>();
      return { relayed: true };
    };
    // @ts-expect-error the ack is { relayed: true }
    const bad: SignalHandler = () => ({ relayed: 'yes' });
    expect([good, bad]).toHaveLength(2);
    const signal = CLIENT_EVENTS['call:signal'].payload;
    const base = { sessionId: 's', callId: 'page-one-1', to: 'page-two-2' };
    const offer = { type: 'offer', sdp: 'v=0' };
    expect(signal.safeParse({ ...base, description: offer }).success).toBe(true);
    // One or the other, never both, and never a rollback (which no peer sends).
    const candidate = { candidate: '', sdpMid: null, sdpMLineIndex: null, usernameFragment: null };
    expect(signal.safeParse({ ...base, description: offer, candidate }).success).toBe(false);
    expect(signal.safeParse({ ...base, description: { type: 'rollback', sdp: 'x' } }).success).toBe(
      false,
    );
  });
});
