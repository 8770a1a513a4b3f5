import type { SessionEvent } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { BatchingAppender, MAX_BATCH_DELAY_MS } from './BatchingAppender';

/** A fake log that records each write call: enough to see how the appender groups events. */
function recordingLog() {
  const calls: { sessionId: string; events: number[]; at: number }[] = [];
  const seqs = new Map<string, number>();
  const appendMany = (sessionId: string, events: readonly number[]) => {
    calls.push({ sessionId, events: [...events], at: Date.now() });
    if (sessionId === 'broken') return Promise.reject(new Error('disk on fire'));
    const base = seqs.get(sessionId) ?? 0;
    seqs.set(sessionId, base + events.length);
    return Promise.resolve(
      events.map(
        (n, i) => ({ sessionId, seq: base + i + 1, payload: n }) as unknown as SessionEvent,
      ),
    );
  };
  return { calls, appendMany };
}

describe('BatchingAppender', () => {
  it('writes one batch per session within the delay, and settles each promise with its event', async () => {
    const log = recordingLog();
    const appender = new BatchingAppender(log.appendMany);
    const started = Date.now();
    const results = await Promise.all([
      appender.append('a', 1),
      appender.append('b', 10),
      appender.append('a', 2),
    ]);
    expect(results.map((e) => [e.sessionId, e.seq])).toEqual([
      ['a', 1],
      ['b', 1],
      ['a', 2],
    ]);
    expect(log.calls.map((c) => [c.sessionId, c.events])).toEqual([
      ['a', [1, 2]],
      ['b', [10]],
    ]);
    expect((log.calls[0]?.at ?? 0) - started).toBeLessThanOrEqual(MAX_BATCH_DELAY_MS + 50);
  });

  it('flush() writes at once and waits for the write', async () => {
    const log = recordingLog();
    const appender = new BatchingAppender(log.appendMany, 60_000);
    const pending = appender.append('a', 1);
    expect(appender.pending).toBe(1);
    await appender.flush();
    expect(appender.pending).toBe(0);
    expect(log.calls).toHaveLength(1);
    await expect(pending).resolves.toMatchObject({ seq: 1 });
  });

  it('rejects every event of a failed batch and keeps working afterwards', async () => {
    const log = recordingLog();
    const appender = new BatchingAppender(log.appendMany, 1);
    const failed = [appender.append('broken', 1), appender.append('broken', 2)];
    await expect(Promise.all(failed)).rejects.toThrow(/disk on fire/);
    await expect(appender.append('a', 3)).resolves.toMatchObject({ seq: 1 });
  });
});
