import type { Transcript, TranscriptPerson, User } from '@mockloop/shared';
import { loadVisibleSession } from '../../auth/access';
import type { Store } from '../../store/port';
import { finalWork } from './finalWork';
import { transcriptEntries } from './transcriptEntries';

/**
 * A session as `viewer` may read it back: checked with [AR1], events read through the store's
 * visibility filter ([AR2], [AR3]), so the transcript and every export made from it hold exactly
 * what the viewer could already see.
 */
export async function buildTranscript(
  store: Store,
  sessionId: string,
  viewer: User,
): Promise<Transcript> {
  const session = await loadVisibleSession(store, sessionId, viewer);
  const events = await store.readEvents(sessionId, viewer.id);
  const people = await Promise.all(
    session.participants.map(async (p): Promise<TranscriptPerson> => {
      const user = p.former ? null : await store.getUser(p.userId);
      return {
        userId: p.userId,
        displayName: user?.displayName ?? 'Former participant',
        role: p.role,
        former: p.former || !user,
      };
    }),
  );
  return {
    session,
    people,
    entries: transcriptEntries(events),
    finalWork: finalWork(session.kind, events),
  };
}
