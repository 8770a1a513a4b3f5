import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ackWith, type Ack, type ClientEventSpecs } from '@mockloop/shared';
import { notFound } from '../http/AppError';
import { createLogger } from '../logger';
import { listenerFor } from './onClientEvent';
import { countDrops } from './withoutAck';

/** A table of our own, with one event of each kind, as a domain would declare them. */
const SPECS = {
  'demo:ask': { payload: z.object({ n: z.number() }).strict(), ack: ackWith<{ twice: number }>() },
  'demo:move': { payload: z.object({ line: z.number().int() }).strict() },
} as const satisfies ClientEventSpecs;

const log = createLogger('silent');

/** Calls a listener as Socket.IO would, and returns what went back through the ack, if anything. */
async function emit(
  listener: (payload: unknown, ack?: unknown) => Promise<void>,
  payload: unknown,
): Promise<unknown[]> {
  const replies: unknown[] = [];
  await listener(payload, (reply: unknown) => replies.push(reply));
  return replies;
}

describe('listenerFor: acked events', () => {
  const deps = { log, onDropped: countDrops(log) };

  it('answers with the handler data, or a validation error naming the field', async () => {
    const ask = listenerFor('demo:ask', SPECS['demo:ask'], ({ n }) => ({ twice: n * 2 }), deps);
    expect(await emit(ask, { n: 2 })).toEqual([{ ok: true, data: { twice: 4 } }]);
    const [bad] = (await emit(ask, { n: 'two' })) as Ack<unknown>[];
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(bad?.ok === false && bad.error.message).toMatch(/^n:/);
    await expect(ask({ n: 1 })).resolves.toBeUndefined();
  });

  it('answers a thrown AppError with its code and anything else with a generic message', async () => {
    let fail: Error = notFound('No such session.');
    const ask = listenerFor(
      'demo:ask',
      SPECS['demo:ask'],
      () => {
        throw fail;
      },
      deps,
    );
    expect(await emit(ask, { n: 1 })).toEqual([
      { ok: false, error: { code: 'not_found', message: 'No such session.' } },
    ]);
    fail = new Error('secret stack detail');
    expect(await emit(ask, { n: 1 })).toEqual([
      { ok: false, error: { code: 'internal', message: 'Something went wrong on our side.' } },
    ]);
  });
});

describe('listenerFor: fire-and-forget events', () => {
  it('passes valid payloads on, and drops and counts invalid ones without ever answering', async () => {
    const moves: unknown[] = [];
    const onDropped = countDrops(log);
    const move = listenerFor(
      'demo:move',
      SPECS['demo:move'],
      (payload) => {
        moves.push(payload);
      },
      { log, onDropped },
    );
    expect(await emit(move, { line: 3 })).toEqual([]);
    for (const bad of [{ line: 1.5 }, { line: 1, extra: true }, null, 'x']) {
      expect(await emit(move, bad)).toEqual([]);
    }
    expect(moves).toEqual([{ line: 3 }]);
    expect(onDropped.count()).toBe(4);
  });

  it('counts a handler failure as a drop, not a crash and not an answer', async () => {
    const onDropped = countDrops(log);
    const move = listenerFor(
      'demo:move',
      SPECS['demo:move'],
      () => Promise.reject(new Error('store down')),
      { log, onDropped },
    );
    expect(await emit(move, { line: 1 })).toEqual([]);
    expect(onDropped.count()).toBe(1);
  });
});
