/** How long a relayed update is kept: well past the store's 250 ms write batch. */
export const RECENT_UPDATES_MS = 5_000;

interface Recent {
  at: number;
  docIndex: number;
  update: Uint8Array;
}

/**
 * The document updates other nodes relayed in the last few seconds, by room. The node that
 * accepted an update stores it in a batch written within 250 ms, so a node loading the room
 * from the store in that gap would miss it; it applies these too (Yjs ignores what it has).
 */
export class RecentUpdates {
  private readonly rooms = new Map<string, Recent[]>();
  private prunedAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  add(sessionId: string, docIndex: number, update: Uint8Array): void {
    // Now and then every room, so rooms that went quiet are forgotten too.
    if (this.now() - this.prunedAt >= RECENT_UPDATES_MS) {
      this.prunedAt = this.now();
      for (const id of [...this.rooms.keys()]) this.fresh(id);
    }
    const kept = this.fresh(sessionId);
    kept.push({ at: this.now(), docIndex, update });
    this.rooms.set(sessionId, kept);
  }

  /** The updates of one document still kept, oldest first. */
  of(sessionId: string, docIndex: number): Uint8Array[] {
    return this.fresh(sessionId)
      .filter((recent) => recent.docIndex === docIndex)
      .map((recent) => recent.update);
  }

  private fresh(sessionId: string): Recent[] {
    const since = this.now() - RECENT_UPDATES_MS;
    const kept = (this.rooms.get(sessionId) ?? []).filter((recent) => recent.at >= since);
    if (kept.length === 0) this.rooms.delete(sessionId);
    else this.rooms.set(sessionId, kept);
    return kept;
  }
}
