import { describe, expect, it } from 'vitest';
import { RECENT_UPDATES_MS, RecentUpdates } from './RecentUpdates';

describe('RecentUpdates', () => {
  it('keeps each document’s relayed updates, oldest first, for a few seconds only', () => {
    let now = 1_000;
    const recent = new RecentUpdates(() => now);
    recent.add('room', 0, new Uint8Array([1]));
    recent.add('room', 1, new Uint8Array([2]));
    now += 10;
    recent.add('room', 0, new Uint8Array([3]));
    expect(recent.of('room', 0)).toEqual([new Uint8Array([1]), new Uint8Array([3])]);
    expect(recent.of('room', 1)).toEqual([new Uint8Array([2])]);
    expect(recent.of('other', 0)).toEqual([]);

    now += RECENT_UPDATES_MS - 5;
    expect(recent.of('room', 0)).toEqual([new Uint8Array([3])]);
    now += 10;
    expect(recent.of('room', 0)).toEqual([]);
  });
});
