import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoomEvent } from '@mockloop/shared';
import { openStore } from '../store/openStore';
import type { Store } from '../store/port';
import { createInterview } from './interviews/createInterview';
import { createRoomHub } from './createRoomHub';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-hub-'));
  store = await openStore({ dataDir: dir, mongodbUri: undefined });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function interview() {
  const user = await store.createUser({
    username: null,
    displayName: 'Ivy',
    kind: 'guest',
    passwordHash: null,
  });
  const { session, code } = await createInterview(store, user, 'coding');
  return { user, session, code };
}

describe('createRoomHub', () => {
  it('loads a live interview once, folded from its log, and refuses anything else as not_found', async () => {
    const { user, session, code } = await interview();
    const hub = createRoomHub(store);
    const [a, b] = await Promise.all([hub.get(session.id), hub.get(session.id)]);
    expect(a).toBe(b);
    expect(a.log()).toMatchObject({ format: 'coding', inviteCode: code });
    expect(a.log().rounds[0]).toMatchObject({ interviewerId: user.id, candidateId: null });

    const practice = await store.createSession({
      kind: 'practice',
      createdBy: user.id,
      participants: [{ userId: user.id, role: 'candidate' }],
    });
    for (const id of [practice.id, 'missing']) {
      await expect(hub.get(id)).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('folds what others stored before running exclusive work, and what it appends', async () => {
    const { user, session } = await interview();
    const hub = createRoomHub(store);
    const room = await hub.get(session.id);
    // Another node (or the document batcher) writes behind this node's back.
    await store.addParticipant(session.id, { userId: 'someone-else', role: 'candidate' });
    await store.appendEvents(session.id, [
      {
        actorId: 'someone-else',
        type: RoomEvent.Joined,
        payload: { userId: 'someone-else' },
        visibility: 'everyone',
      },
    ]);
    expect(room.log().joined).toEqual([]);
    await room.exclusive(async () => {
      expect(room.log().joined).toEqual(['someone-else']);
      expect(room.session().participants).toHaveLength(2);
      await room.append([
        {
          actorId: user.id,
          type: RoomEvent.RoundEnd,
          payload: { round: 0 },
          visibility: 'everyone',
        },
      ]);
    });
    expect(room.log().rounds[0]?.endedAt).not.toBeNull();
  });

  it('runs one exclusive at a time per room', async () => {
    const { session } = await interview();
    const room = await createRoomHub(store).get(session.id);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = room.exclusive(async () => {
      order.push('first:start');
      await gate;
      order.push('first:end');
    });
    const second = room.exclusive(async () => {
      order.push('second');
      return Promise.resolve();
    });
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first:start', 'first:end', 'second']);
  });
});
