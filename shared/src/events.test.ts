import { describe, expectTypeOf, it, expect } from 'vitest';
import { PingPayloadSchema, type Ack, type ClientToServerEvents } from './events';

describe('event map', () => {
  it('types system:ping with a payload and an ack', () => {
    type Ping = ClientToServerEvents['system:ping'];
    expectTypeOf<Parameters<Ping>[0]>().toEqualTypeOf<{ nonce: string }>();
    expectTypeOf<Parameters<Parameters<Ping>[1]>[0]>().toMatchTypeOf<Ack<{ nonce: string }>>();
    // @ts-expect-error unknown events are not part of the map
    expectTypeOf<ClientToServerEvents['system:unknown']>().toBeNever();
  });

  it('rejects a ping without a nonce or with extra fields', () => {
    expect(PingPayloadSchema.safeParse({}).success).toBe(false);
    expect(PingPayloadSchema.safeParse({ nonce: 'a', extra: 1 }).success).toBe(false);
    expect(PingPayloadSchema.safeParse({ nonce: 'a' }).success).toBe(true);
  });
});
