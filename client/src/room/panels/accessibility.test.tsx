import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithQueries, stubQuestionList } from './renderRoom';
import { RoomFooter } from './RoomFooter';
import { RoomSidebar } from './RoomSidebar';
import { round, ROUND_START, snapshotFor, testRoom } from './testRoom';

beforeEach(() => {
  stubQuestionList([{ id: 'two-sum', title: 'Two Sum' }]);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function violations(container: HTMLElement): Promise<string[]> {
  // Colour contrast needs layout; the e2e suite checks it in Chromium.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} ${violation.nodes.map((n) => n.html).join(' | ')}`,
  );
}

describe('room panels', () => {
  it.each(['interviewer', 'candidate'] as const)(
    'have no axe violations for the %s, during and after a round',
    async (role) => {
      const during = testRoom(snapshotFor(role));
      const live = renderWithQueries(
        <main>
          <h1>Room</h1>
          <RoomSidebar room={during.room} />
          <RoomFooter room={during.room} />
        </main>,
      );
      expect(await violations(live.container)).toEqual([]);
      live.unmount();

      const ended = testRoom(snapshotFor(role, { rounds: [round({ endedAt: ROUND_START + 1 })] }));
      const after = renderWithQueries(
        <main>
          <h1>Room</h1>
          <RoomFooter room={ended.room} />
        </main>,
      );
      expect(await violations(after.container)).toEqual([]);
    },
    60_000,
  );
});
