import type { Store } from '../../store/port';
import { applyEvents, emptyPracticeLog, type PracticeLog } from './practiceLog';

const MAX_CACHED = 500;

/**
 * Folded logs of recently used sessions. Each load reads only the events after the last one
 * folded, so an autosave does not re-read a whole session, and events another node wrote are
 * still picked up.
 */
export class PracticeLogCache {
  private readonly logs = new Map<string, PracticeLog>();

  constructor(private readonly store: Store) {}

  async load(sessionId: string): Promise<PracticeLog> {
    const log = this.logs.get(sessionId) ?? emptyPracticeLog();
    const events = await this.store.readAllEvents(sessionId, { afterSeq: log.lastSeq });
    applyEvents(log, events);
    // Map order is insertion order: re-inserting keeps the most recently used last.
    this.logs.delete(sessionId);
    this.logs.set(sessionId, log);
    for (const oldest of this.logs.keys()) {
      if (this.logs.size <= MAX_CACHED) break;
      this.logs.delete(oldest);
    }
    return log;
  }
}
