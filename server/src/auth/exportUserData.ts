import {
  toWireEvent,
  type Me,
  type Session,
  type User,
  type WireSessionEvent,
} from '@mockloop/shared';
import type { Store } from '../store/port';
import { readVisibleEvents } from './access';
import { toMe } from './createAuthService';

export interface UserExport {
  exportedAt: string;
  user: Me;
  sessions: { session: Session; events: WireSessionEvent[] }[];
}

/** [AR6] Everything of the user's own, and of shared sessions only what they may see. */
export async function exportUserData(store: Store, user: User): Promise<UserExport> {
  const sessions: UserExport['sessions'] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listUserSessions(user.id, {
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    for (const session of page.sessions) {
      const events = await readVisibleEvents(store, session.id, user);
      sessions.push({ session, events: events.map(toWireEvent) });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return { exportedAt: new Date().toISOString(), user: toMe(user), sessions };
}
